/** The chef's side of ordering besides the board: today's capacity and earnings. */
import { and, asc, eq, gte, isNull, sql } from 'drizzle-orm';
import { ledgerEntries, menuItems, orders, type Database } from '@homechef/db';
import type { EarningsOutput, KitchenTodayOutput } from '@homechef/validators';
import { localDate } from '../chefs/index.ts';
import type { OwnKitchen } from '../chefs/index.ts';
import { heldCapacity, weekOf } from './quote.ts';

export async function kitchenToday(
  db: Database,
  kitchen: OwnKitchen,
  now = new Date(),
): Promise<KitchenTodayOutput> {
  const date = localDate(now, kitchen.timezone);
  const dishes = await db
    .select({
      id: menuItems.id,
      name: menuItems.name,
      dailyQuantity: menuItems.dailyQuantity,
      isAvailable: menuItems.isAvailable,
    })
    .from(menuItems)
    .where(and(eq(menuItems.chefId, kitchen.id), isNull(menuItems.deletedAt)))
    .orderBy(asc(menuItems.position), asc(menuItems.name));
  const held = await heldCapacity(db, kitchen.id, date);
  return {
    date,
    timezone: kitchen.timezone,
    mealsToday: held.mealsToday,
    maxMealsPerDay: kitchen.maxMealsPerDay,
    mealsThisWeek: held.mealsThisWeek,
    maxMealsPerWeek: kitchen.maxMealsPerWeek,
    dishes: dishes.map((d) => ({ ...d, soldToday: held.soldToday.get(d.id) ?? 0 })),
  };
}

type Period = EarningsOutput['total'];
const empty = (start: string): Period => ({
  start,
  orders: 0,
  foodCents: 0,
  platformFeeCents: 0,
  refundedCents: 0,
  netCents: 0,
});

function add(into: Period, row: Omit<Period, 'start'>): void {
  into.orders += row.orders;
  into.foodCents += row.foodCents;
  into.platformFeeCents += row.platformFeeCents;
  into.refundedCents += row.refundedCents;
  into.netCents += row.netCents;
}

/**
 * The kitchen's money per day and per week (its own calendar), read from the journal: food
 * and the platform's share on the day a payment came in, refunds on the day they were made,
 * and the net that is the kitchen's share entries summed.
 */
export async function kitchenEarnings(
  db: Database,
  kitchen: OwnKitchen,
  input: { days: number },
  now = new Date(),
): Promise<EarningsOutput> {
  const today = localDate(now, kitchen.timezone);
  const first = new Date(Date.parse(`${today}T00:00:00Z`) - (input.days - 1) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const day = sql<string>`to_char((${ledgerEntries.createdAt} at time zone ${kitchen.timezone})::date, 'YYYY-MM-DD')`;
  const rows = await db
    .select({
      day,
      orders: sql<number>`count(distinct ${ledgerEntries.orderId}) filter (where ${ledgerEntries.amountCents} > 0)::int`,
      foodCents: sql<number>`coalesce(sum(${orders.subtotalCents}) filter (where ${ledgerEntries.amountCents} > 0), 0)::int`,
      platformFeeCents: sql<number>`coalesce(sum(${orders.platformFeeCents}) filter (where ${ledgerEntries.amountCents} > 0), 0)::int`,
      refundedCents: sql<number>`coalesce(-sum(${ledgerEntries.amountCents}) filter (where ${ledgerEntries.amountCents} < 0), 0)::int`,
      netCents: sql<number>`coalesce(sum(${ledgerEntries.amountCents}), 0)::int`,
      currency: sql<string>`min(${ledgerEntries.currency})`,
    })
    .from(ledgerEntries)
    .innerJoin(orders, eq(orders.id, ledgerEntries.orderId))
    .where(
      and(
        eq(ledgerEntries.chefId, kitchen.id),
        eq(ledgerEntries.account, 'chef_share'),
        gte(sql`(${ledgerEntries.createdAt} at time zone ${kitchen.timezone})::date`, first),
      ),
    )
    // By position: the zone is a bound parameter, so each spelling of the expression differs.
    .groupBy(sql`1`)
    .orderBy(sql`1`);

  const byDay = new Map(rows.map((r) => [r.day, r]));
  const days: Period[] = [];
  const weeks = new Map<string, Period>();
  const total = empty(first);
  for (let i = input.days - 1; i >= 0; i--) {
    const date = new Date(Date.parse(`${today}T00:00:00Z`) - i * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const period = empty(date);
    const row = byDay.get(date);
    if (row) add(period, row);
    days.push(period);
    const monday = weekOf(date)[0];
    const week = weeks.get(monday) ?? empty(monday);
    add(week, period);
    weeks.set(monday, week);
    add(total, period);
  }
  return {
    currency: rows[0]?.currency ?? 'usd',
    days: days.reverse(),
    weeks: [...weeks.values()].reverse(),
    total,
  };
}
