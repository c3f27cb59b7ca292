'use client';

import type { ReactNode } from 'react';
import { cn } from './cn.ts';
import { CheckIcon } from './icons.tsx';

export interface ChoiceChipsProps<T extends string> {
  /** The group's name, read out before its choices. */
  legend: ReactNode;
  options: readonly T[];
  value: readonly T[];
  onChange: (value: T[]) => void;
  /** Text of one choice; defaults to `tagLabel`. */
  labelOf?: (option: T) => string;
  hint?: ReactNode;
  error?: ReactNode;
  /** Hides the legend visually (still read out). */
  hideLegend?: boolean;
  className?: string;
}

/** A set of checkboxes that look like chips: dietary tags, allergens, cuisines. */
export function ChoiceChips<T extends string>({
  legend,
  options,
  value,
  onChange,
  labelOf = tagLabel,
  hint,
  error,
  hideLegend = false,
  className,
}: ChoiceChipsProps<T>) {
  const toggle = (option: T) =>
    onChange(value.includes(option) ? value.filter((v) => v !== option) : [...value, option]);
  return (
    <fieldset className={cn('space-y-2', className)}>
      <legend className={cn('text-sm font-medium text-stone-800', hideLegend && 'sr-only')}>
        {legend}
      </legend>
      {hint ? <p className="text-sm text-stone-500">{hint}</p> : null}
      <div className="flex flex-wrap gap-2">
        {options.map((option) => {
          const checked = value.includes(option);
          return (
            <label
              key={option}
              className={cn(
                'relative inline-flex cursor-pointer items-center gap-1.5 rounded-full border px-3 py-1.5 text-sm transition-colors select-none',
                'has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent',
                checked
                  ? 'border-accent bg-accent-soft font-medium text-accent-ink'
                  : 'border-stone-300 bg-white text-stone-700 hover:border-stone-400',
              )}
            >
              <input
                type="checkbox"
                // Invisible but covering the chip: a tap anywhere on it is a tap on the box.
                className="absolute inset-0 cursor-pointer opacity-0"
                checked={checked}
                onChange={() => toggle(option)}
              />
              {checked ? <CheckIcon aria-hidden="true" /> : null}
              {labelOf(option)}
            </label>
          );
        })}
      </div>
      {error ? <p className="text-sm font-medium text-red-700">{error}</p> : null}
    </fieldset>
  );
}

const LABELS: Record<string, string> = {
  gluten_free: 'Gluten-free',
  dairy_free: 'Dairy-free',
  nut_free: 'Nut-free',
  egg_free: 'Egg-free',
  low_carb: 'Low-carb',
  cereals_containing_gluten: 'Gluten (cereals)',
  tree_nuts: 'Tree nuts',
  soybeans: 'Soy',
  sulphites: 'Sulphites',
  soul_food: 'Soul food',
  food_safety_certificate: 'Food-safety certificate',
};

/** A slug such as `gluten_free` or `soul_food` as people write it. */
export function tagLabel(slug: string): string {
  const known = LABELS[slug];
  if (known) return known;
  const words = slug.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
