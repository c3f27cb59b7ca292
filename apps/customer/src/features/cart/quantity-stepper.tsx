'use client';

import { MinusIcon, PlusIcon, cn, focusRing } from '@homechef/ui';
import { MAX_ITEM_QUANTITY } from '@homechef/validators';

const step = cn(
  'grid size-9 place-items-center rounded-lg text-lg text-stone-700 hover:bg-stone-100 disabled:cursor-not-allowed disabled:opacity-40',
  focusRing,
);

/** − n + for one dish; `label` names the dish for screen readers ("Tamales"). */
export function QuantityStepper({
  value,
  onChange,
  label,
  min = 1,
  className,
}: {
  value: number;
  onChange: (quantity: number) => void;
  label: string;
  min?: number;
  className?: string;
}) {
  return (
    <div
      role="group"
      aria-label={`Quantity of ${label}`}
      className={cn(
        'inline-flex items-center rounded-xl border border-stone-300 bg-white',
        className,
      )}
    >
      <button
        type="button"
        className={step}
        disabled={value <= min}
        onClick={() => onChange(value - 1)}
      >
        <MinusIcon aria-hidden="true" />
        <span className="sr-only">One fewer {label}</span>
      </button>
      <output aria-live="polite" className="min-w-8 text-center text-sm font-semibold tabular-nums">
        {value}
      </output>
      <button
        type="button"
        className={step}
        disabled={value >= MAX_ITEM_QUANTITY}
        onClick={() => onChange(value + 1)}
      >
        <PlusIcon aria-hidden="true" />
        <span className="sr-only">One more {label}</span>
      </button>
    </div>
  );
}
