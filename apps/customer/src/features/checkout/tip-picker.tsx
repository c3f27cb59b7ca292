'use client';

import { Field, Input, cn, focusRing, formatPrice } from '@homechef/ui';
import { TIP_PERCENTS, tipCents, type Tip } from './tip.ts';

/** Tip presets as a share of the food, or an amount of one's own. */
export function TipPicker({
  value,
  onChange,
  foodCents,
  currency,
}: {
  value: Tip;
  onChange: (tip: Tip) => void;
  foodCents: number;
  currency: string;
}) {
  const custom = value.kind === 'custom';
  const result = tipCents(value, foodCents);
  const chip = (active: boolean) =>
    cn(
      'flex min-h-11 flex-col items-center justify-center rounded-xl border px-2 py-1.5 text-sm transition-colors',
      active
        ? 'border-accent bg-accent-soft font-semibold text-accent-ink'
        : 'border-stone-300 bg-white text-stone-700 hover:border-stone-400',
      focusRing,
    );
  return (
    <div className="space-y-3">
      <div role="group" aria-label="Tip for your driver" className="grid grid-cols-5 gap-2">
        {TIP_PERCENTS.map((percent) => {
          const active = value.kind === 'percent' && value.percent === percent;
          return (
            <button
              key={percent}
              type="button"
              aria-pressed={active}
              className={chip(active)}
              onClick={() => onChange({ kind: 'percent', percent })}
            >
              <span>{percent === 0 ? 'None' : `${percent}%`}</span>
              {percent ? (
                <span className="text-xs font-normal text-stone-500 tabular-nums">
                  {formatPrice(Math.round((foodCents * percent) / 100), currency)}
                </span>
              ) : null}
            </button>
          );
        })}
        <button
          type="button"
          aria-pressed={custom}
          className={chip(custom)}
          onClick={() => onChange({ kind: 'custom', amount: custom ? value.amount : '' })}
        >
          Other
        </button>
      </div>
      {custom ? (
        <Field label="Tip amount ($)" error={result.error ?? undefined}>
          <Input
            inputMode="decimal"
            placeholder="5.00"
            value={value.amount}
            onChange={(e) => onChange({ kind: 'custom', amount: e.target.value })}
          />
        </Field>
      ) : null}
      <p className="text-xs text-stone-500">All of the tip goes to your driver.</p>
    </div>
  );
}
