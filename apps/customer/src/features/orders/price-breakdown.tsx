import { cn, formatDistance, formatPrice } from '@homechef/ui';
import type { ReactNode } from 'react';

export interface Prices {
  subtotalCents: number;
  deliveryFeeCents: number;
  tipCents: number;
  platformFeeCents: number;
  totalCents: number;
  currency: string;
}

/** Food, delivery, tip and total, as the server priced them. */
export function PriceBreakdown({
  prices,
  distanceM,
  refundedCents = 0,
  className,
}: {
  prices: Prices;
  distanceM?: number | null;
  refundedCents?: number;
  className?: string;
}) {
  const money = (cents: number) => formatPrice(cents, prices.currency);
  return (
    <div className={cn('space-y-2 text-sm', className)} data-testid="price-breakdown">
      <dl className="space-y-1.5">
        <Row label="Food" value={money(prices.subtotalCents)} />
        <Row
          label={
            <>
              Delivery
              {distanceM != null ? (
                <span className="text-stone-500"> · {formatDistance(distanceM)}</span>
              ) : null}
            </>
          }
          value={money(prices.deliveryFeeCents)}
        />
        <Row label="Tip for your driver" value={money(prices.tipCents)} />
        <Row
          label="Total"
          value={money(prices.totalCents)}
          className="border-t border-stone-200 pt-2 text-base font-semibold text-stone-900"
        />
        {refundedCents > 0 ? (
          <Row label="Refunded" value={`−${money(refundedCents)}`} className="text-emerald-700" />
        ) : null}
      </dl>
      <p className="text-xs text-stone-500">
        The food price includes HomeChef’s service share of {money(prices.platformFeeCents)}.
      </p>
    </div>
  );
}

function Row({ label, value, className }: { label: ReactNode; value: string; className?: string }) {
  return (
    <div className={cn('flex items-baseline justify-between gap-4 text-stone-700', className)}>
      <dt>{label}</dt>
      <dd className="tabular-nums">{value}</dd>
    </div>
  );
}
