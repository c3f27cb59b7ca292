import { AddItemInput, formErrors } from '@homechef/validators';
import { describe, expect, it } from 'vitest';
import { dollarsMessage, formatDollars, parseDollars } from './price.ts';

const item = (priceCents: number) => ({ menuId: crypto.randomUUID(), name: 'Pho', priceCents });

/** What the dish dialog shows under the price field for what the chef typed. */
function shown(typed: string) {
  const parsed = AddItemInput.safeParse(item(parseDollars(typed)));
  return parsed.success
    ? undefined
    : dollarsMessage(formErrors(parsed.error).priceCents, 'a price');
}

describe('dish prices in dollars', () => {
  it('converts between typed dollars and cents', () => {
    expect(parseDollars('12.50')).toBe(1250);
    expect(parseDollars('$7')).toBe(700);
    expect(parseDollars(' 0.1 ')).toBe(10);
    expect(parseDollars('12.505')).toBeNaN();
    expect(parseDollars('')).toBeNaN();
    expect(formatDollars(1250)).toBe('12.50');
  });

  it('never asks for cents', () => {
    for (const typed of ['', 'abc', '12.505', '1000.01', '-1']) {
      const message = shown(typed);
      expect(message, typed).toBeDefined();
      expect(message, typed).not.toMatch(/cents/i);
    }
    expect(shown('')).toBe('Enter a price in dollars, such as 12.50');
    expect(shown('1000.01')).toBe('A price must be at most $1,000.00');
    expect(shown('12.50')).toBeUndefined();
  });
});
