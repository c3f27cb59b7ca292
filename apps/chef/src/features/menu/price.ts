/**
 * Chefs type prices in dollars; the API takes integer cents. These keep the two apart: the
 * form converts on the way in and out, and restates the API's cents messages in dollars.
 */

export const formatDollars = (cents: number) => (cents / 100).toFixed(2);

/** "12.50" or "$12.5" → 1250; anything else (empty, "12.505", "abc") → NaN, which the schema refuses. */
export function parseDollars(value: string): number {
  const trimmed = value.trim().replace(/^\$/, '');
  if (!/^-?\d+(\.\d{0,2})?$/.test(trimmed)) return Number.NaN;
  return Math.round(Number(trimmed) * 100);
}

/** The schema's message about a cents field, as the person typing dollars should read it. */
export function dollarsMessage(message: string | undefined, what: string): string | undefined {
  if (message === undefined) return undefined;
  if (/cents|NaN|expected number/i.test(message) && !/\$/.test(message)) {
    return `Enter ${what} in dollars, such as 12.50`;
  }
  // "A price must be at most $1,000.00 (100000 cents)" → "A price must be at most $1,000.00"
  return message.replace(/\s*\(\d+ cents\)/, '');
}
