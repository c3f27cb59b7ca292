/**
 * A driver's pay: the delivery fee and the tip of every order they delivered, per week of their
 * own calendar, and each delivery with the Stripe transfer that paid it.
 */
import { and, desc, eq, gte, isNotNull, isNull, sql } from 'drizzle-orm';
import {
  chefs,
  driverAssignments,
  orders,
  transfers,
  type Database,
  type Driver,
} from '@homechef/db';
import type { DriverEarningsOutput } from '@homechef/validators';
import { localDate } from '../chefs/index.ts';
import { weekOf } from '../orders/index.ts';

/** The deliveries listed one by one (the newest); the sums count every one of the period. */
export const LISTED_DELIVERIES = 100;

type Sum = DriverEarningsOutput['total'];
const empty = (): Sum => ({ deliveries: 0, deliveryFeeCents: 0, tipCents: 0, totalCents: 0 });
function add(sum: Sum, fee: number, tip: number) {
  sum.deliveries += 1;
  sum.deliveryFeeCents += fee;
  sum.tipCents += tip;
  sum.totalCents += fee + tip;
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

  const total = empty();
  const weeks = new Map<string, Sum & { weekOf: string }>();
  for (const row of rows) {
    add(total, row.deliveryFeeCents, row.tipCents);
    const monday = weekOf(row.day)[0];
    const week = weeks.get(monday) ?? { weekOf: monday, ...empty() };
    add(week, row.deliveryFeeCents, row.tipCents);
    weeks.set(monday, week);
  }
  return {
    currency: rows[0]?.currency ?? 'usd',
    total,
    weeks: [...weeks.values()],
    deliveries: rows.slice(0, LISTED_DELIVERIES).map((row) => ({
      orderId: row.orderId,
      kitchenName: row.kitchenName,
      dropoffArea: `${row.postalCode} ${row.city}`,
      deliveredAt: row.deliveredAt ?? now,
      deliveryFeeCents: row.deliveryFeeCents,
      tipCents: row.tipCents,
      totalCents: row.deliveryFeeCents + row.tipCents,
      transfer: row.transferStatus
        ? { status: row.transferStatus, stripeTransferId: row.stripeTransferId }
        : null,
    })),
  };
}
