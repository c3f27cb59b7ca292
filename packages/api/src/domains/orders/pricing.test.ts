import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  breakdown,
  DEFAULT_PRICING,
  deliveryFeeCents,
  divideHalfUp,
  platformFeeCents,
} from './pricing.ts';
import { refundSplits } from './refunds.ts';

describe('order pricing', () => {
  it('rounds half-up on whole cents', () => {
    expect(divideHalfUp(5, 2)).toBe(3);
    expect(divideHalfUp(4, 2)).toBe(2);
    expect(divideHalfUp(51_750, 10_000)).toBe(5);
    expect(platformFeeCents(3450, DEFAULT_PRICING)).toBe(518); // 517.5
    expect(platformFeeCents(3449, DEFAULT_PRICING)).toBe(517); // 517.35
    expect(platformFeeCents(0, DEFAULT_PRICING)).toBe(0);
  });

  it('charges a base delivery fee plus a rate per kilometre', () => {
    expect(deliveryFeeCents(0, DEFAULT_PRICING)).toBe(299);
    expect(deliveryFeeCents(1200, DEFAULT_PRICING)).toBe(299 + 96);
    expect(deliveryFeeCents(4999.6, DEFAULT_PRICING)).toBe(299 + 400);
    expect(
      deliveryFeeCents(2500, { ...DEFAULT_PRICING, deliveryBaseCents: 0, deliveryPerKmCents: 100 }),
    ).toBe(250);
  });

  it('adds up: total = food + delivery + tip; fee + kitchen share = total', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 50_000 }),
        fc.integer({ min: 0, max: 20_000 }),
        (lines, distance, tip) => {
          const b = breakdown(lines, distance, tip, DEFAULT_PRICING);
          expect(b.totalCents).toBe(b.subtotalCents + b.deliveryFeeCents + b.tipCents);
          expect(b.applicationFeeCents + b.chefShareCents).toBe(b.totalCents);
          expect(b.platformFeeCents).toBeLessThanOrEqual(b.subtotalCents);
          expect(b.chefShareCents).toBeGreaterThanOrEqual(0);
        },
      ),
      { seed: 20261204 },
    );
  });
});

describe('refund split', () => {
  it('a full refund gives back the whole fee and the kitchen’s whole share', () => {
    expect(refundSplits(4145, 1213, [4145])).toEqual([{ chefCents: 2932, platformCents: 1213 }]);
  });

  it('partial refunds take the fee in proportion, half-up; the last takes the rest', () => {
    // 1001 × 1213 / 4145 = 292.93…
    expect(refundSplits(4145, 1213, [1001, 3144])).toEqual([
      { chefCents: 708, platformCents: 293 },
      { chefCents: 2224, platformCents: 920 },
    ]);
  });

  it('always adds up to the cent, whatever the sequence', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 1, maxLength: 6 }),
        (charged, feeShare, parts) => {
          const fee = Math.floor(charged * feeShare);
          let left = charged;
          const amounts: number[] = [];
          parts.forEach((p, i) => {
            const amount =
              i === parts.length - 1 ? left : Math.min(left, Math.max(1, Math.floor(left * p)));
            if (amount > 0) amounts.push(amount);
            left -= amount;
          });
          const splits = refundSplits(charged, fee, amounts);
          splits.forEach((s, i) => {
            expect(s.chefCents + s.platformCents).toBe(amounts[i]);
            expect(s.platformCents).toBeGreaterThanOrEqual(0);
            expect(s.chefCents).toBeGreaterThanOrEqual(0);
          });
          const refunded = amounts.reduce((a, b) => a + b, 0);
          const platform = splits.reduce((a, s) => a + s.platformCents, 0);
          if (refunded === charged) expect(platform).toBe(fee);
          else expect(platform).toBeLessThanOrEqual(fee);
        },
      ),
      { seed: 20261204 },
    );
  });

  it('refuses a refund beyond the charge', () => {
    expect(() => refundSplits(100, 10, [60, 41])).toThrow(RangeError);
    expect(() => refundSplits(100, 10, [0])).toThrow(RangeError);
  });
});
