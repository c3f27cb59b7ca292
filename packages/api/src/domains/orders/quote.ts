/**
 * Pricing a cart from the database: what each line costs with its options, the delivery fee
 * by distance, the platform's share, and every reason the cart cannot be ordered as it is.
 * The same function prices a quote and, inside the placing transaction, the order itself, so
 * what the customer was shown is what they are charged.
 */
import { TRPCError } from '@trpc/server';
import { and, eq, inArray, sql } from 'drizzle-orm';
import {
  addresses,
  chefOpeningHours,
  chefs,
  itemOptionGroups,
  itemOptions,
  menuItems,
  menus,
  orderItems,
  orders,
  type Chef,
  type Database,
} from '@homechef/db';
import {
  MAX_SCHEDULE_DAYS,
  type QuoteInput,
  type QuoteOutput,
  type QuoteProblem,
} from '@homechef/validators';
import type { z } from 'zod';
import type { Actor } from '../../context.ts';
import { listedCondition, localDate, openingState, type HoursWindow } from '../chefs/index.ts';
import { haversineM } from '../discovery/index.ts';
import { rowsOf } from '../../shared/sql.ts';
import { CAPACITY_STATUSES } from './machine.ts';
import { breakdown, type Breakdown, type PricingSettings } from './pricing.ts';

export type ParsedQuoteInput = z.output<typeof QuoteInput>;

export interface PricedLine {
  menuItemId: string;
  name: string;
  quantity: number;
  unitPriceCents: number;
  lineTotalCents: number;
  notes: string | null;
  options: { id: string; group: string; name: string; priceDeltaCents: number }[];
}

export interface DeliverySnapshot {
  addressId: string | null;
  line1: string;
  line2: string | null;
  city: string;
  postalCode: string;
  country: string;
  instructions: string | null;
  lat: number;
  lng: number;
}

/** What pricing reads of a kitchen. */
export type PricingKitchen = Pick<
  Chef,
  | 'id'
  | 'businessName'
  | 'verificationStatus'
  | 'isPaused'
  | 'leadTimeMinutes'
  | 'timezone'
  | 'lat'
  | 'lng'
  | 'deliveryRadiusM'
  | 'maxMealsPerDay'
  | 'maxMealsPerWeek'
>;

/** A quote with what placing the order needs besides it. */
export interface PricedCart {
  quote: QuoteOutput;
  chef: PricingKitchen;
  lines: PricedLine[];
  delivery: DeliverySnapshot;
  breakdown: Breakdown;
  serviceDate: string;
}

const DAY_MS = 86_400_000;

async function deliverySnapshot(
  db: Database,
  actor: Actor,
  address: ParsedQuoteInput['deliveryAddress'],
): Promise<DeliverySnapshot> {
  if ('addressId' in address) {
    const [saved] = await db
      .select()
      .from(addresses)
      .where(and(eq(addresses.id, address.addressId), eq(addresses.userId, actor.userId)));
    if (!saved) throw new TRPCError({ code: 'NOT_FOUND', message: 'No such saved address' });
    return { ...saved, addressId: saved.id };
  }
  return {
    addressId: null,
    line1: address.line1,
    line2: address.line2 ?? null,
    city: address.city,
    postalCode: address.postalCode,
    country: address.country,
    instructions: address.instructions ?? null,
    lat: address.lat,
    lng: address.lng,
  };
}

/** Monday and Sunday of the week holding `date` (YYYY-MM-DD). */
export function weekOf(date: string): [string, string] {
  const day = new Date(`${date}T00:00:00Z`);
  const monday = new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY_MS);
  const sunday = new Date(monday.getTime() + 6 * DAY_MS);
  return [monday.toISOString().slice(0, 10), sunday.toISOString().slice(0, 10)];
}

/**
 * Portions of each dish on `serviceDate`, and meals in all that day and that week, that orders
 * already hold in a kitchen: one pass over the week's order lines (the rollup row is the total).
 */
export async function heldCapacity(db: Database, chefId: string, serviceDate: string) {
  const [monday, sunday] = weekOf(serviceDate);
  const rows = await db
    .select({
      menuItemId: orderItems.menuItemId,
      day: sql<number>`coalesce(sum(${orderItems.quantity}) filter (where ${orders.serviceDate} = ${serviceDate}), 0)::int`,
      week: sql<number>`coalesce(sum(${orderItems.quantity}), 0)::int`,
    })
    .from(orderItems)
    .innerJoin(orders, eq(orders.id, orderItems.orderId))
    .where(
      and(
        eq(orders.chefId, chefId),
        inArray(orders.status, [...CAPACITY_STATUSES]),
        sql`${orders.serviceDate} between ${monday} and ${sunday}`,
      ),
    )
    .groupBy(sql`rollup(${orderItems.menuItemId})`);
  const total = rows.find((r) => r.menuItemId === null);
  return {
    mealsToday: total?.day ?? 0,
    mealsThisWeek: total?.week ?? 0,
    soldToday: new Map(rows.filter((r) => r.menuItemId !== null).map((r) => [r.menuItemId, r.day])),
  };
}

export interface QuoteOptions {
  now?: Date;
  pricing: PricingSettings;
  /** Placing locks the kitchen's row, so its orders are priced one at a time. */
  lock?: boolean;
}

/**
 * The kitchen, whether customers may see it, and its opening hours, in one statement. (The
 * subquery names `"chefs"."id"` in full: drizzle writes a lone table's columns unqualified,
 * which inside the subquery would mean the hours' own id.)
 */
async function loadKitchen(db: Database, chefId: string, now: Date, lock: boolean) {
  const query = db
    .select({
      chef: {
        id: chefs.id,
        businessName: chefs.businessName,
        verificationStatus: chefs.verificationStatus,
        isPaused: chefs.isPaused,
        leadTimeMinutes: chefs.leadTimeMinutes,
        timezone: chefs.timezone,
        lat: chefs.lat,
        lng: chefs.lng,
        deliveryRadiusM: chefs.deliveryRadiusM,
        maxMealsPerDay: chefs.maxMealsPerDay,
        maxMealsPerWeek: chefs.maxMealsPerWeek,
      },
      listed: sql<boolean>`coalesce(${listedCondition(undefined, now)}, false)`,
      hours: sql<HoursWindow[]>`coalesce((select json_agg(json_build_object('weekday', h.weekday,
        'opensAt', h.opens_at, 'closesAt', h.closes_at)) from ${chefOpeningHours} h
        where h.chef_id = "chefs"."id"), '[]'::json)`,
    })
    .from(chefs)
    .where(eq(chefs.id, chefId));
  const [row] = lock ? await query.for('update', { of: chefs }) : await query;
  return row;
}

interface Dish {
  id: string;
  name: string;
  priceCents: number;
  currency: string;
  isAvailable: boolean;
  dailyQuantity: number | null;
  /** The dish's menu is active and not deleted. */
  menuLive: boolean;
  optionGroups: {
    name: string;
    minChoices: number;
    maxChoices: number;
    options: { id: string; name: string; priceDeltaCents: number; isAvailable: boolean }[];
  }[];
}

/**
 * The dishes of one kitchen asked for, with their menu's state and their live options, as one
 * JSON document per dish built by the database (this runs for every quote and every order).
 */
async function loadDishes(db: Database, chefId: string, itemIds: string[]): Promise<Dish[]> {
  const result = await db.execute(sql`
    select json_build_object(
      'id', i.id, 'name', i.name, 'priceCents', i.price_cents, 'currency', i.currency,
      'isAvailable', i.is_available,
      'dailyQuantity', i.daily_quantity, 'menuLive', m.is_active and m.deleted_at is null,
      'optionGroups', coalesce((
        select json_agg(json_build_object(
          'name', g.name, 'minChoices', g.min_choices, 'maxChoices', g.max_choices,
          'options', coalesce((
            select json_agg(json_build_object('id', o.id, 'name', o.name,
              'priceDeltaCents', o.price_delta_cents, 'isAvailable', o.is_available)
              order by o.position, o.id)
            from ${itemOptions} o where o.group_id = g.id and o.deleted_at is null), '[]'::json)
        ) order by g.position, g.id)
        from ${itemOptionGroups} g where g.item_id = i.id and g.deleted_at is null), '[]'::json)
    ) as dish
    from ${menuItems} i join ${menus} m on m.id = i.menu_id
    where i.id in (${sql.join(
      itemIds.map((id) => sql`${id}`),
      sql`, `,
    )}) and i.chef_id = ${chefId} and i.deleted_at is null`);
  return rowsOf<{ dish: Dish | string }>(result).map(({ dish }) =>
    typeof dish === 'string' ? (JSON.parse(dish) as Dish) : dish,
  );
}

export async function priceCart(
  db: Database,
  actor: Actor,
  input: ParsedQuoteInput,
  { now = new Date(), pricing, lock = false }: QuoteOptions,
): Promise<PricedCart> {
  const problems: QuoteProblem[] = [];
  const problem = (code: QuoteProblem['code'], message: string, line: number | null = null) =>
    problems.push({ code, message, line });

  // The three reads are sent together (one round trip on a transaction's connection); the
  // dishes are filtered by the kitchen asked for, which is checked right after.
  const itemIds = [...new Set(input.items.map((l) => l.menuItemId))];
  const [delivery, kitchen, items] = await Promise.all([
    deliverySnapshot(db, actor, input.deliveryAddress),
    loadKitchen(db, input.chefId, now, lock),
    loadDishes(db, input.chefId, itemIds),
  ]);
  // A kitchen customers cannot see is not found; one that paused or closed since the cart was
  // filled is a problem the customer can read.
  if (kitchen?.chef.verificationStatus !== 'approved') {
    throw new TRPCError({ code: 'NOT_FOUND', message: 'Kitchen not found' });
  }
  const { chef, listed: approvedAndActive, hours: openingHours } = kitchen;
  if (chef.isPaused)
    problem('kitchen_paused', `${chef.businessName} is not taking orders right now`);
  else if (!approvedAndActive) {
    problem('kitchen_unavailable', `${chef.businessName} cannot take orders at the moment`);
  }

  // When: as soon as possible (now + lead time) or a chosen slot.
  const earliest = new Date(now.getTime() + chef.leadTimeMinutes * 60_000);
  const scheduled = input.scheduledFor ?? null;
  const readyBy = scheduled ?? earliest;
  if (scheduled) {
    if (scheduled.getTime() < earliest.getTime()) {
      problem(
        'below_lead_time',
        `${chef.businessName} needs ${chef.leadTimeMinutes} minutes’ notice: choose a later time`,
      );
    } else if (scheduled.getTime() > now.getTime() + MAX_SCHEDULE_DAYS * DAY_MS) {
      problem('too_far_ahead', `Orders can be scheduled up to ${MAX_SCHEDULE_DAYS} days ahead`);
    } else if (!openingState(openingHours, chef.timezone, scheduled).isOpenNow) {
      problem('kitchen_closed', `${chef.businessName} is closed at the time you chose`);
    }
  } else {
    const state = openingState(openingHours, chef.timezone, now);
    if (!state.isOpenNow) {
      problem('kitchen_closed', `${chef.businessName} is closed now: schedule the order for later`);
    } else if (state.closesAt && state.closesAt.getTime() < earliest.getTime()) {
      problem(
        'kitchen_closed',
        `${chef.businessName} closes before the food could be ready: schedule it for later`,
      );
    }
  }
  const serviceDate = localDate(readyBy, chef.timezone);

  const distance =
    chef.lat === null || chef.lng === null
      ? null
      : haversineM(chef.lat, chef.lng, delivery.lat, delivery.lng);
  if (distance !== null && distance > chef.deliveryRadiusM) {
    problem(
      'outside_delivery_radius',
      `${chef.businessName} delivers within ${(chef.deliveryRadiusM / 1000).toFixed(1)} km; this address is ${(distance / 1000).toFixed(1)} km away`,
    );
  }

  const byId = new Map(items.map((i) => [i.id, i]));
  const capacity = await heldCapacity(db, chef.id, serviceDate);

  const lines: PricedLine[] = [];
  const wanted = new Map<string, number>();
  input.items.forEach((line, index) => {
    const item = byId.get(line.menuItemId);
    if (!item) {
      problem('item_not_found', 'A dish in your cart is no longer on the menu', index);
      return;
    }
    if (!item.isAvailable || !item.menuLive) {
      problem('item_unavailable', `${item.name} is not available right now`, index);
    }
    const chosen: PricedLine['options'] = [];
    const optionIds = new Set(line.optionIds);
    let optionsOk = optionIds.size === line.optionIds.length;
    for (const group of item.optionGroups) {
      const picked = group.options.filter((o) => optionIds.has(o.id));
      for (const o of picked) {
        if (!o.isAvailable) optionsOk = false;
        optionIds.delete(o.id);
        chosen.push({
          id: o.id,
          group: group.name,
          name: o.name,
          priceDeltaCents: o.priceDeltaCents,
        });
      }
      if (picked.length < group.minChoices || picked.length > group.maxChoices) {
        problem(
          'invalid_options',
          group.minChoices === group.maxChoices
            ? `${item.name}: choose ${group.minChoices} for “${group.name}”`
            : `${item.name}: choose ${group.minChoices} to ${group.maxChoices} for “${group.name}”`,
          index,
        );
      }
    }
    if (optionIds.size > 0 || !optionsOk) {
      problem(
        'invalid_options',
        `${item.name}: some of the chosen options are not available`,
        index,
      );
    }
    const unit = item.priceCents + chosen.reduce((s, o) => s + o.priceDeltaCents, 0);
    lines.push({
      menuItemId: item.id,
      name: item.name,
      quantity: line.quantity,
      unitPriceCents: unit,
      lineTotalCents: unit * line.quantity,
      notes: line.notes ?? null,
      options: chosen,
    });
    wanted.set(item.id, (wanted.get(item.id) ?? 0) + line.quantity);
  });

  for (const [itemId, quantity] of wanted) {
    const item = byId.get(itemId);
    if (!item || item.dailyQuantity === null) continue;
    const left = item.dailyQuantity - (capacity.soldToday.get(itemId) ?? 0);
    if (quantity > left) {
      problem(
        'item_sold_out',
        left <= 0
          ? `${item.name} is sold out for that day`
          : `Only ${left} ${item.name} left for that day`,
        input.items.findIndex((l) => l.menuItemId === itemId),
      );
    }
  }
  const meals = [...wanted.values()].reduce((a, b) => a + b, 0);
  if (chef.maxMealsPerDay !== null && capacity.mealsToday + meals > chef.maxMealsPerDay) {
    const left = Math.max(0, chef.maxMealsPerDay - capacity.mealsToday);
    problem(
      'daily_cap_reached',
      left === 0
        ? `${chef.businessName} has no more meals that day`
        : `${chef.businessName} can cook only ${left} more meals that day`,
    );
  }
  if (chef.maxMealsPerWeek !== null && capacity.mealsThisWeek + meals > chef.maxMealsPerWeek) {
    const left = Math.max(0, chef.maxMealsPerWeek - capacity.mealsThisWeek);
    problem(
      'weekly_cap_reached',
      left === 0
        ? `${chef.businessName} has no more meals that week`
        : `${chef.businessName} can cook only ${left} more meals that week`,
    );
  }
  const currencies = new Set(items.map((i) => i.currency));
  if (currencies.size > 1)
    problem('currency_mismatch', 'The dishes are priced in different currencies');
  const currency = items[0]?.currency ?? 'usd';

  const money = breakdown(
    lines.map((l) => l.lineTotalCents),
    distance ?? 0,
    input.tipCents,
    pricing,
  );
  return {
    quote: {
      lines: lines.map(({ notes: _notes, options, ...line }) => ({
        ...line,
        options: options.map(({ id, group, name }) => ({ id, group, name })),
      })),
      subtotalCents: money.subtotalCents,
      deliveryFeeCents: money.deliveryFeeCents,
      tipCents: money.tipCents,
      platformFeeCents: money.platformFeeCents,
      totalCents: money.totalCents,
      currency,
      distanceM: distance === null ? null : Math.round(distance),
      readyBy,
      problems,
    },
    chef,
    lines,
    delivery,
    breakdown: money,
    serviceDate,
  };
}
