'use client';

import { useId } from 'react';
import { cn } from './cn.ts';
import { StarIcon } from './icons.tsx';

const STAR_WORDS = ['Poor', 'Fair', 'Good', 'Very good', 'Excellent'] as const;

/** What `n` stars mean in words (1 = Poor … 5 = Excellent). */
export function starWords(n: number): string {
  return STAR_WORDS[Math.min(5, Math.max(1, Math.round(n))) - 1] ?? '';
}

export interface StarInputProps {
  /** The question, e.g. “How was the food?”: the radio group's legend. */
  legend: string;
  name: string;
  value: number | null;
  onChange: (stars: number) => void;
  error?: string;
  disabled?: boolean;
}

/**
 * 1–5 stars as a group of native radio buttons: arrow keys move between them, Space picks,
 * each says its value and meaning to a screen reader. Touch targets are 44 px.
 */
export function StarInput({ legend, name, value, onChange, error, disabled }: StarInputProps) {
  const id = useId();
  return (
    <fieldset
      className="min-w-0"
      aria-describedby={error ? `${id}-error` : undefined}
      disabled={disabled}
    >
      <legend className="text-sm font-medium text-stone-900">{legend}</legend>
      <div className="mt-1 flex items-center gap-0.5">
        {[1, 2, 3, 4, 5].map((n) => {
          const lit = value !== null && n <= value;
          return (
            <label
              key={n}
              className="group relative inline-flex size-11 cursor-pointer items-center justify-center rounded-lg has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-accent"
            >
              <input
                type="radio"
                name={name}
                value={n}
                checked={value === n}
                onChange={() => onChange(n)}
                className="sr-only"
              />
              <StarIcon
                aria-hidden="true"
                className={cn(
                  'size-8 transition-colors',
                  lit ? 'fill-amber-400 text-amber-500' : 'fill-transparent text-stone-500',
                )}
              />
              <span className="sr-only">
                {n} {n === 1 ? 'star' : 'stars'}, {starWords(n)}
              </span>
            </label>
          );
        })}
        <span className="ml-2 text-sm text-stone-600" aria-hidden="true">
          {value ? starWords(value) : ''}
        </span>
      </div>
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** Stars shown, not chosen: `rating` of 5, said in words to a screen reader. */
export function Stars({ rating, className }: { rating: number; className?: string }) {
  return (
    <span
      role="img"
      aria-label={`${rating} out of 5 stars`}
      className={cn('inline-flex items-center', className)}
    >
      {[1, 2, 3, 4, 5].map((n) => (
        <StarIcon
          key={n}
          aria-hidden="true"
          className={cn(
            n <= rating ? 'fill-amber-400 text-amber-500' : 'fill-transparent text-stone-500',
          )}
        />
      ))}
    </span>
  );
}
