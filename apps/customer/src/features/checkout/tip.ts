/** The tip: a share of the food or an amount the customer types. */
import { MAX_TIP_CENTS } from '@homechef/validators';

export const TIP_PERCENTS = [0, 10, 15, 20] as const;

export type Tip = { kind: 'percent'; percent: number } | { kind: 'custom'; amount: string };

export type TipResult = { cents: number; error: null } | { cents: null; error: string };

/** The tip in cents for `foodCents`, or why the typed amount cannot be one. */
export function tipCents(tip: Tip, foodCents: number): TipResult {
  if (tip.kind === 'percent') {
    return { cents: Math.round((foodCents * tip.percent) / 100), error: null };
  }
  const text = tip.amount.trim().replace(/^\$/, '');
  if (text === '') return { cents: 0, error: null };
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return { cents: null, error: 'Enter an amount like 4.50' };
  const cents = Math.round(Number(text) * 100);
  if (cents > MAX_TIP_CENTS) {
    return { cents: null, error: `A tip can be at most $${MAX_TIP_CENTS / 100}` };
  }
  return { cents, error: null };
}
