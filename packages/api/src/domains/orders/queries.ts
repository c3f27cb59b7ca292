/** Reading orders: who may see one, one order in full, and the lists of each role. */
import { TRPCError } from '@trpc/server';
import {
  and,
  asc,
  desc,
  eq,
  gte,
  inArray,
  isNotNull,
  isNull,
  lt,
  ne,
  sql,
  type SQL,
} from 'drizzle-orm';
import {
  chefs,
  driverAssignments,
  drivers,
  ledgerEntries,
  orderItems,
  orders,
  orderStatusHistory,
  payments,
  refunds,
  reviews,
  users,
  type Database,
  type Order,
} from '@homechef/db';
import {
  orderShortCode,
  type AdminOrderOutput,
  type OrderDeliveryOutput,
  type OrderOutput,
  type OrderStatusEventOutput,
  type OrderSummaryOutput,
} from '@homechef/validators';
import type { z } from 'zod';
import type { AdminListOrdersInput } from '@homechef/validators';
import type { Actor } from '../../context.ts';
import { decodeTimeCursor, encodeTimeCursor } from '../../shared/cursor.ts';
import { pageOf, type Page } from '../../shared/pagination.ts';
import { FINAL_STATUSES, nextStatuses, PAID_STATUSES, type ActorRole } from './machine.ts';

/** The list filters; `chefId` and `customerId` are read for admins only. */
export type ParsedListOrdersInput = z.output<typeof AdminListOrdersInput>;

const notFound = () => new TRPCError({ code: 'NOT_FOUND', message: 'No such order' });

/**
 * The order if `actor` takes part in it (its customer, its kitchen's chef, its driver) or is an
 * admin; anyone else gets the same NOT_FOUND as for an order that does not exist.
 */
export async function loadOrderFor(db: Database, actor: Actor, orderId: string): Promise<Order> {
  const [row] = await db
    .select({ order: orders, chefUserId: chefs.userId, driverUserId: drivers.userId })
    .from(orders)
    .innerJoin(chefs, eq(chefs.id, orders.chefId))
    .leftJoin(drivers, eq(drivers.id, orders.driverId))
    .where(eq(orders.id, orderId));
  if (!row) throw notFound();
  const party =
    actor.role === 'admin' ||
    (actor.role === 'customer' && row.order.customerId === actor.userId) ||
    (actor.role === 'chef' && row.chefUserId === actor.userId) ||
    (actor.role === 'driver' && row.driverUserId === actor.userId);
  if (!party) throw notFound();
  return row.order;
}

const CHEF_ACTIONS: Partial<Record<string, string>> = {
  accepted: 'accept',
  rejected: 'reject',
  preparing: 'markPreparing',
  ready_for_pickup: 'markReady',
};

/** The procedures `actor` may call on the order now, so screens show only live buttons. */
export function orderActions(
  order: Pick<Order, 'status' | 'checkoutUrl' | 'totalCents'>,
  role: ActorRole,
  refundedCents: number,
): string[] {
  const over = FINAL_STATUSES.includes(order.status);
  switch (role) {
    case 'customer':
      return [
        ...(order.status === 'pending' && order.checkoutUrl ? ['pay'] : []),
        ...(['pending', 'payment_confirmed'].includes(order.status) ? ['cancel'] : []),
      ];
    case 'chef':
      return nextStatuses(order.status, 'chef').flatMap((to) => CHEF_ACTIONS[to] ?? []);
    case 'admin':
      return [
        ...(!over && order.status !== 'delivered' ? ['cancel'] : []),
        ...(PAID_STATUSES.includes(order.status) || over
          ? refundedCents < order.totalCents && order.status !== 'pending'
            ? ['refund']
            : []
          : []),
      ];
    default:
      return [];
  }
}

export function toStatusEvent(row: typeof orderStatusHistory.$inferSelect): OrderStatusEventOutput {
  return {
    id: row.id,
    orderId: row.orderId,
    from: row.fromStatus,
    to: row.toStatus,
    actorRole: row.actorRole,
    reason: row.reason,
    at: row.createdAt,
  };
}

const summaryColumns = {
  order: orders,
  businessName: chefs.businessName,
  customerName: users.name,
  itemCount: sql<number>`(select coalesce(sum(${orderItems.quantity}), 0)::int from ${orderItems} where ${orderItems.orderId} = ${orders.id})`,
  reviewed: sql<boolean>`exists (select 1 from ${reviews} where ${reviews.orderId} = ${orders.id})`,
};

type SummaryRow = {
  order: Order;
  businessName: string;
  customerName: string;
  itemCount: number;
  reviewed: boolean;
};

function toSummary(row: SummaryRow): OrderSummaryOutput {
  const { order } = row;
  return {
    id: order.id,
    shortCode: orderShortCode(order.id),
    status: order.status,
    chef: { id: order.chefId, businessName: row.businessName },
    customerName: row.customerName,
    itemCount: row.itemCount,
    totalCents: order.totalCents,
    currency: order.currency,
    scheduledFor: order.scheduledFor,
    estimatedReadyAt: order.estimatedReadyAt,
    placedAt: order.placedAt,
    statusChangedAt: order.statusChangedAt,
    reviewed: Boolean(row.reviewed),
  };
}

function summaries(db: Database) {
  return db
    .select(summaryColumns)
    .from(orders)
    .innerJoin(chefs, eq(chefs.id, orders.chefId))
    .innerJoin(users, eq(users.id, orders.customerId));
}

export async function orderSummary(db: Database, orderId: string): Promise<OrderSummaryOutput> {
  const [row] = await summaries(db).where(eq(orders.id, orderId));
  if (!row) throw notFound();
  return toSummary(row);
}

/** Where the order goes, as its customer, kitchen and driver see it. */
export function deliveryOf(order: Order): z.infer<typeof OrderDeliveryOutput> {
  return {
    line1: order.deliveryLine1,
    line2: order.deliveryLine2,
    city: order.deliveryCity,
    postalCode: order.deliveryPostalCode,
    instructions: order.deliveryInstructions,
    lat: order.deliveryLat,
    lng: order.deliveryLng,
  };
}

/** The driver's photo of the order left at the door (a driver document's id), or null. */
export async function deliveryPhotoOf(db: Database, orderId: string): Promise<string | null> {
  const [row] = await db
    .select({ photoId: driverAssignments.deliveryPhotoId })
    .from(driverAssignments)
    .where(
      and(
        eq(driverAssignments.orderId, orderId),
        isNull(driverAssignments.cancelledAt),
        isNotNull(driverAssignments.deliveryPhotoId),
      ),
    );
  return row?.photoId ?? null;
}

export async function getOrder(db: Database, actor: Actor, orderId: string): Promise<OrderOutput> {
  const order = await loadOrderFor(db, actor, orderId);
  const [summary, chef, lines, history, refundRows, photo] = await Promise.all([
    orderSummary(db, order.id),
    db.select({ lat: chefs.lat, lng: chefs.lng }).from(chefs).where(eq(chefs.id, order.chefId)),
    db.query.orderItems.findMany({
      where: eq(orderItems.orderId, order.id),
      with: { options: true },
    }),
    db
      .select()
      .from(orderStatusHistory)
      .where(eq(orderStatusHistory.orderId, order.id))
      .orderBy(asc(orderStatusHistory.id)),
    db.select().from(refunds).where(eq(refunds.orderId, order.id)).orderBy(asc(refunds.createdAt)),
    deliveryPhotoOf(db, order.id),
  ]);
  const refunded = refundRows
    .filter((r) => r.status === 'pending' || r.status === 'succeeded')
    .reduce((s, r) => s + r.amountCents, 0);
  return {
    ...summary,
    lines: lines.map((line) => ({
      id: line.id,
      menuItemId: line.menuItemId,
      name: line.name,
      quantity: line.quantity,
      unitPriceCents: line.unitPriceCents,
      lineTotalCents: line.lineTotalCents,
      notes: line.notes,
      options: line.options.map((o) => ({
        group: o.groupName,
        name: o.optionName,
        priceDeltaCents: o.priceDeltaCents,
      })),
    })),
    subtotalCents: order.subtotalCents,
    deliveryFeeCents: order.deliveryFeeCents,
    tipCents: order.tipCents,
    platformFeeCents: order.platformFeeCents,
    refundedCents: refunded,
    delivery: deliveryOf(order),
    kitchen: { lat: chef[0]?.lat ?? null, lng: chef[0]?.lng ?? null },
    notes: order.notes,
    checkoutUrl: order.status === 'pending' ? order.checkoutUrl : null,
    deliveryCode: actor.role === 'customer' || actor.role === 'admin' ? order.deliveryCode : null,
    history: history.map(toStatusEvent),
    refunds: refundRows.map((r) => ({
      id: r.id,
      amountCents: r.amountCents,
      status: r.status,
      reason: r.reason,
      driverAtFault: r.driverAtFault,
      createdAt: r.createdAt,
    })),
    hasDriver: order.driverId !== null,
    leftAtDoor: photo !== null,
    actions: [
      ...orderActions(order, actor.role, refunded),
      // Rating is the reviews domain's; the order only says whether it is still to do.
      ...(actor.role === 'customer' && order.status === 'delivered' && !summary.reviewed
        ? ['review']
        : []),
    ],
  };
}

/**
 * Newest first. A customer sees their own orders, a chef their kitchen's paid ones, a driver
 * the ones they carry, an admin every order (filtered by kitchen, status and dates).
 */
export async function listOrders(
  db: Database,
  actor: Actor,
  input: ParsedListOrdersInput,
): Promise<Page<OrderSummaryOutput>> {
  const conditions: (SQL | undefined)[] = [];
  switch (actor.role) {
    case 'customer':
      conditions.push(eq(orders.customerId, actor.userId));
      break;
    case 'chef':
      conditions.push(eq(chefs.userId, actor.userId), ne(orders.status, 'pending'));
      break;
    case 'driver':
      conditions.push(
        inArray(
          orders.driverId,
          db.select({ id: drivers.id }).from(drivers).where(eq(drivers.userId, actor.userId)),
        ),
      );
      break;
    case 'admin':
      if (input.chefId) conditions.push(eq(orders.chefId, input.chefId));
      if (input.customerId) conditions.push(eq(orders.customerId, input.customerId));
      break;
  }
  if (input.status?.length) conditions.push(inArray(orders.status, input.status));
  if (input.from) conditions.push(gte(orders.placedAt, input.from));
  if (input.to) conditions.push(lt(orders.placedAt, input.to));
  if (input.cursor) {
    const { at, id } = decodeTimeCursor(input.cursor);
    conditions.push(
      sql`(${orders.placedAt}, ${orders.id}) < (${at.toISOString()}::timestamptz, ${id}::uuid)`,
    );
  }
  const rows = await summaries(db)
    .where(and(...conditions))
    .orderBy(desc(orders.placedAt), desc(orders.id))
    .limit(input.limit + 1);
  return pageOf(rows, input.limit, toSummary, (last) =>
    encodeTimeCursor(last.order.placedAt, last.order.id),
  );
}

/** An order as an admin investigates it: the customer, the payment and every journal entry. */
export async function getAdminOrder(
  db: Database,
  actor: Actor,
  orderId: string,
): Promise<AdminOrderOutput> {
  const order = await getOrder(db, actor, orderId);
  const [[row], [driver], [payment], ledger] = await Promise.all([
    db
      .select({ id: users.id, name: users.name, email: users.email })
      .from(users)
      .innerJoin(orders, eq(orders.customerId, users.id))
      .where(eq(orders.id, orderId)),
    db
      .select({ id: drivers.id, name: users.name, vehicleType: drivers.vehicleType })
      .from(driverAssignments)
      .innerJoin(drivers, eq(drivers.id, driverAssignments.driverId))
      .innerJoin(users, eq(users.id, drivers.userId))
      .where(and(eq(driverAssignments.orderId, orderId), isNull(driverAssignments.cancelledAt))),
    db.select().from(payments).where(eq(payments.orderId, orderId)),
    db
      .select()
      .from(ledgerEntries)
      .where(eq(ledgerEntries.orderId, orderId))
      .orderBy(asc(ledgerEntries.id)),
  ]);
  if (!row) throw notFound();
  return {
    order,
    customer: row,
    driver: driver ?? null,
    payment: payment
      ? {
          stripePaymentIntentId: payment.stripePaymentIntentId,
          amountCents: payment.amountCents,
          applicationFeeCents: payment.applicationFeeCents,
          status: payment.status,
          destinationAccountId: payment.destinationAccountId,
        }
      : null,
    ledger: ledger.map((e) => ({
      id: e.id,
      entryGroup: e.entryGroup,
      account: e.account,
      amountCents: e.amountCents,
      currency: e.currency,
      stripeObjectId: e.stripeObjectId,
      description: e.description,
      createdAt: e.createdAt,
    })),
  };
}
