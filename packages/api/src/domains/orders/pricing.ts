/**
 * Money arithmetic of an order, in integer cents. Every rounding is half-up on whole cents, so
 * the same cart always costs the same and the parts always add up to the total.
 */

import type { PricingSettings } from '../../context.ts';

export type { PricingSettings };

export const DEFAULT_PRICING: PricingSettings = {
  deliveryBaseCents: 299,
  deliveryPerKmCents: 80,
  platformFeeBps: 1500,
};

/** `numerator / denominator` rounded half-up; both non-negative integers. */
export function divideHalfUp(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

export function deliveryFeeCents(distanceM: number, settings: PricingSettings): number {
  return (
    settings.deliveryBaseCents +
    divideHalfUp(Math.round(distanceM) * settings.deliveryPerKmCents, 1000)
  );
}

export function platformFeeCents(subtotalCents: number, settings: PricingSettings): number {
  return divideHalfUp(subtotalCents * settings.platformFeeBps, 10_000);
}

export interface Breakdown {
  subtotalCents: number;
  deliveryFeeCents: number;
  tipCents: number;
  platformFeeCents: number;
  totalCents: number;
  /** What Stripe keeps for the platform out of the destination charge. */
  applicationFeeCents: number;
  /** What the kitchen's account keeps: the food less the platform's share. */
  chefShareCents: number;
}

export function breakdown(
  lineTotalsCents: readonly number[],
  distanceM: number,
  tipCents: number,
  settings: PricingSettings,
): Breakdown {
  const subtotal = lineTotalsCents.reduce((a, b) => a + b, 0);
  const delivery = deliveryFeeCents(distanceM, settings);
  const platform = platformFeeCents(subtotal, settings);
  return {
    subtotalCents: subtotal,
    deliveryFeeCents: delivery,
    tipCents,
    platformFeeCents: platform,
    totalCents: subtotal + delivery + tipCents,
    applicationFeeCents: platform + delivery + tipCents,
    chefShareCents: subtotal - platform,
  };
}
