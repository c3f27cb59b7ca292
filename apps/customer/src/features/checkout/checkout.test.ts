import { describe, expect, it } from 'vitest';
import { checkoutKey, dropCheckoutKey, type KeyStorage } from './checkout-key.ts';
import { deliverySlots, formatSlot } from './schedule.ts';
import { tipCents } from './tip.ts';

function memoryStorage(): KeyStorage {
  const data = new Map<string, string>();
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

describe('delivery slots', () => {
  const tz = 'America/Los_Angeles';
  // Wednesday 2026-12-02 10:00 in Oakland (18:00 UTC).
  const now = new Date('2026-12-02T18:00:00Z');
  const lunch = [3, 4, 5].map((weekday) => ({ weekday, opensAt: '11:00', closesAt: '14:00' }));

  it('starts after the lead time, keeps to opening hours and labels the days', () => {
    const days = deliverySlots({ openingHours: lunch, timezone: tz, leadTimeMinutes: 60 }, now);
    // Next Wednesday is seven days ahead from 10:00 AM on, after the last slot allowed.
    expect(days.map((d) => d.label)).toEqual(['Today', 'Tomorrow', 'Fri, Dec 4']);
    const today = days[0]?.slots ?? [];
    // 10:00 + 60 min lead + 10 min to pay = 11:10, rounded up to the quarter hour.
    expect(formatSlot(today[0]!.at, tz)).toBe('11:15 AM');
    expect(formatSlot(today.at(-1)!.at, tz)).toBe('1:45 PM');
    expect(today).toHaveLength(11);
    expect(days[1]?.slots).toHaveLength(12);
  });

  it('follows windows past midnight and is empty for a kitchen with no hours', () => {
    const late = [{ weekday: 3, opensAt: '22:00', closesAt: '01:00' }];
    const days = deliverySlots({ openingHours: late, timezone: tz, leadTimeMinutes: 20 }, now);
    const times = days.flatMap((d) => d.slots.map((s) => `${d.label} ${formatSlot(s.at, tz)}`));
    expect(times[0]).toBe('Today 10:00 PM');
    expect(times).toContain('Tomorrow 12:45 AM');
    expect(times).not.toContain('Tomorrow 1:00 AM');
    expect(deliverySlots({ openingHours: [], timezone: tz, leadTimeMinutes: 20 }, now)).toEqual([]);
  });
});

describe('tip', () => {
  it('takes a share of the food, rounded to the cent', () => {
    expect(tipCents({ kind: 'percent', percent: 15 }, 2599)).toEqual({ cents: 390, error: null });
    expect(tipCents({ kind: 'percent', percent: 0 }, 2599)).toEqual({ cents: 0, error: null });
  });

  it('reads a typed amount and refuses what is not one', () => {
    expect(tipCents({ kind: 'custom', amount: '$4.5' }, 0)).toEqual({ cents: 450, error: null });
    expect(tipCents({ kind: 'custom', amount: ' ' }, 0)).toEqual({ cents: 0, error: null });
    expect(tipCents({ kind: 'custom', amount: '4,50' }, 0).error).toMatch(/amount like/);
    expect(tipCents({ kind: 'custom', amount: '-2' }, 0).error).toMatch(/amount like/);
    expect(tipCents({ kind: 'custom', amount: '250' }, 0).error).toMatch(/at most \$200/);
  });
});

describe('checkout key', () => {
  it('is the same for the same request, new for another, and new after it is dropped', () => {
    const storage = memoryStorage();
    let n = 0;
    const next = () => `key-${++n}`;
    const request = { items: [{ menuItemId: 'a', quantity: 1 }], tipCents: 0 };
    const first = checkoutKey(storage, 'k1', request, next);
    expect(checkoutKey(storage, 'k1', { ...request }, next)).toBe(first);
    const other = checkoutKey(storage, 'k1', { ...request, tipCents: 100 }, next);
    expect(other).not.toBe(first);
    expect(checkoutKey(storage, 'k2', request, next)).not.toBe(other);
    dropCheckoutKey(storage, 'k1');
    expect(checkoutKey(storage, 'k1', { ...request, tipCents: 100 }, next)).not.toBe(other);
  });

  it('still gives a key without storage', () => {
    expect(checkoutKey(null, 'k1', {}, () => 'only')).toBe('only');
  });
});
