/**
 * A driver's pay: the delivery fee and the tip of every order they delivered, less what refunds
 * they were at fault for took back from their transfer, per week of their own calendar, per
 * shift (deliveries made between the shift's start and end), and each delivery with the Stripe
 * transfer that paid it.
 */
import { and, desc, eq, gte, isNotNull, isNull, or, sql } from 'drizzle-orm';
import {
  chefs,
  driverAssignments,
  driverShifts,
  orders,
  transferReversals,
  transfers,
  type Database,
  type Driver,
} from '@homechef/db';
import type { DriverEarningsOutput } from '@homechef/validators';
import { localDate } from '../chefs/index.ts';
import { weekOf } from '../orders/index.ts';

/** The deliveries listed one by one (the newest); the sums count every one of the period. */
export const LISTED_DELIVERIES = 100;
/** The shifts listed (the newest that started in the period). */
export const LISTED_SHIFTS = 100;

type Sum = DriverEarningsOutput['total'];
type Pay = { deliveryFeeCents: number; tipCents: number; reversedCents: number };
const empty = (): Sum => ({
  deliveries: 0,
  deliveryFeeCents: 0,
  tipCents: 0,
  reversedCents: 0,
  totalCents: 0,
});
function add(sum: Sum, pay: Pay) {
  sum.deliveries += 1;
  sum.deliveryFeeCents += pay.deliveryFeeCents;
  sum.tipCents += pay.tipCents;
  sum.reversedCents += pay.reversedCents;
  sum.totalCents += pay.deliveryFeeCents + pay.tipCents - pay.reversedCents;
}

export async function driverEarnings(
  db: Database,
  driver: Pick<Driver, 'id'>,
  input: { days: number; timeZone: string },
  now = new Date(),
): Promise<DriverEarningsOutput> {
  const today = localDate(now, input.timeZone);
  const first = new Date(Date.parse(`${today}T00:00:00Z`) - (input.days - 1) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const since = sql`(${first}::date::timestamp at time zone ${input.timeZone})`;
  const localDay = sql<string>`to_char((${driverAssignments.deliveredAt} at time zone ${input.timeZone})::date, 'YYYY-MM-DD')`;
  const rows = await db
    .select({
      orderId: orders.id,
      kitchenName: chefs.businessName,
      city: orders.deliveryCity,
      postalCode: orders.deliveryPostalCode,
      deliveredAt: driverAssignments.deliveredAt,
      day: localDay,
      deliveryFeeCents: orders.deliveryFeeCents,
      tipCents: orders.tipCents,
      currency: orders.currency,
      transferStatus: transfers.status,
      stripeTransferId: transfers.stripeTransferId,
      reversedCents: sql<number>`coalesce((select sum(${transferReversals.amountCents}) from ${transferReversals} where ${transferReversals.transferId} = ${transfers.id} and ${transferReversals.status} = 'paid'), 0)::int`,
    })
    .from(driverAssignments)
    .innerJoin(orders, eq(orders.id, driverAssignments.orderId))
    .innerJoin(chefs, eq(chefs.id, orders.chefId))
    .leftJoin(
      transfers,
      and(eq(transfers.orderId, orders.id), eq(transfers.driverId, driverAssignments.driverId)),
    )
    .where(
      and(
        eq(driverAssignments.driverId, driver.id),
        isNotNull(driverAssignments.deliveredAt),
        isNull(driverAssignments.cancelledAt),
        gte(sql`(${driverAssignments.deliveredAt} at time zone ${input.timeZone})::date`, first),
      ),
    )
    .orderBy(desc(driverAssignments.deliveredAt));

  // Shifts that started in the period, or still went on when it began.
  const shiftRows = await db
    .select({
      id: driverShifts.id,
      startedAt: driverShifts.startedAt,
      endedAt: driverShifts.endedAt,
      endedReason: driverShifts.endedReason,
    })
    .from(driverShifts)
    .where(
      and(
        eq(driverShifts.driverId, driver.id),
        or(isNull(driverShifts.endedAt), gte(driverShifts.endedAt, since)),
      ),
    )
    .orderBy(desc(driverShifts.startedAt))
    .limit(LISTED_SHIFTS);
  const shifts = shiftRows.map((shift) => ({ ...shift, ...empty() }));

  const total = empty();
  const weeks = new Map<string, Sum & { weekOf: string }>();
  for (const row of rows) {
    add(total, row);
    const monday = weekOf(row.day)[0];
    const week = weeks.get(monday) ?? { weekOf: monday, ...empty() };
    add(week, row);
    weeks.set(monday, week);
    const at = row.deliveredAt?.getTime() ?? now.getTime();
    const shift = shifts.find(
      (s) => s.startedAt.getTime() <= at && (s.endedAt === null || at <= s.endedAt.getTime()),
    );
    if (shift) add(shift, row);
  }
  return {
    currency: rows[0]?.currency ?? 'usd',
    total,
    weeks: [...weeks.values()],
    shifts,
    deliveries: rows.slice(0, LISTED_DELIVERIES).map((row) => ({
      orderId: row.orderId,
      kitchenName: row.kitchenName,
      dropoffArea: `${row.postalCode} ${row.city}`,
      deliveredAt: row.deliveredAt ?? now,
      deliveryFeeCents: row.deliveryFeeCents,
      tipCents: row.tipCents,
      reversedCents: row.reversedCents,
      totalCents: row.deliveryFeeCents + row.tipCents - row.reversedCents,
      transfer: row.transferStatus
        ? { status: row.transferStatus, stripeTransferId: row.stripeTransferId }
        : null,
    })),
  };
}
