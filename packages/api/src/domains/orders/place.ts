/**
 * Placing an order: re-price the cart with the kitchen locked (so portions and meal caps are
 * reserved without oversell), write it `pending`, then open a Stripe Checkout Session for it.
 * `payment_confirmed` comes only from Stripe's verified webhook (payment-events.ts).
 */
import { createHash, randomUUID } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { and, eq, isNull } from 'drizzle-orm';
import {
  chefs,
  orderItemOptions,
  orderItems,
  orders,
  users,
  type Database,
  type Order,
} from '@homechef/db';
import { orderShortCode, type PlaceOrderInput } from '@homechef/validators';
import type Stripe from 'stripe';
import type { z } from 'zod';
import type { Actor, Services } from '../../context.ts';
import { isUniqueViolation } from '../../shared/pg-errors.ts';
import { REFUSED, unlessRefused } from '../../shared/stripe.ts';
import { priceCart } from './quote.ts';
import { recordStatusChange } from './transition.ts';

type ParsedPlaceInput = z.output<typeof PlaceOrderInput>;

export interface PlacedOrder {
  orderId: string;
  checkoutUrl: string | null;
}

export function requestHash(input: ParsedPlaceInput): string {
  const { idempotencyKey: _key, ...request } = input;
  return createHash('sha256').update(JSON.stringify(request)).digest('base64url');
}

async function existingOrder(db: Database, actor: Actor, key: string): Promise<Order | undefined> {
  const [order] = await db
    .select()
    .from(orders)
    .where(and(eq(orders.customerId, actor.userId), eq(orders.idempotencyKey, key)));
  return order;
}

export async function placeOrder(
  services: Pick<Services, 'db' | 'payments' | 'orders' | 'outbox'>,
  actor: Actor,
  input: ParsedPlaceInput,
  now = new Date(),
): Promise<PlacedOrder> {
  const hash = requestHash(input);
  const retry = async (): Promise<PlacedOrder | null> => {
    const order = await existingOrder(services.db, actor, input.idempotencyKey);
    if (!order) return null;
    if (order.requestHash !== hash) {
      throw new TRPCError({
        code: 'CONFLICT',
        message: 'This checkout was already placed with a different cart: start the checkout again',
      });
    }
    return ensureCheckout(services, order);
  };
  const previous = await retry();
  if (previous) return previous;

  let order: Order;
  try {
    order = await reserveOrder(services, actor, input, hash, now);
  } catch (error) {
    // The same checkout submitted twice at once: the other request wrote it.
    if (isUniqueViolation(error)) {
      const again = await retry();
      if (again) return again;
    }
    throw error;
  }
  services.outbox.kick();
  return ensureCheckout(services, order);
}

/**
 * The placing transaction: the cart priced again with the kitchen locked, then the order, its
 * lines, their option snapshots and its first history row written as `pending`.
 */
export async function reserveOrder(
  services: Pick<Services, 'db' | 'orders'>,
  actor: Actor,
  input: ParsedPlaceInput,
  hash: string,
  now: Date,
): Promise<Order> {
  return services.db.transaction(async (tx) => {
    // One kitchen's orders are priced one at a time, so the portions and meals counted are
    // the ones left: 50 customers racing for the last 3 portions get 3 orders.
    const priced = await priceCart(tx, actor, input, {
      now,
      pricing: services.orders.pricing,
      lock: true,
    });
    if (priced.quote.problems.length > 0) {
      throw new TRPCError({
        code: 'PRECONDITION_FAILED',
        message: priced.quote.problems.map((p) => p.message).join('; '),
      });
    }
    const { delivery, breakdown: money } = priced;
    const id = randomUUID();
    const lineIds = priced.lines.map(() => randomUUID());
    const options = priced.lines.flatMap((line, i) =>
      line.options.map((o) => ({
        orderItemId: lineIds[i] ?? '',
        optionId: o.id,
        groupName: o.group,
        optionName: o.name,
        priceDeltaCents: o.priceDeltaCents,
      })),
    );
    const [created] = await tx
      .insert(orders)
      .values({
        id,
        customerId: actor.userId,
        chefId: priced.chef.id,
        status: 'pending',
        deliveryAddressId: delivery.addressId,
        deliveryLine1: delivery.line1,
        deliveryLine2: delivery.line2,
        deliveryCity: delivery.city,
        deliveryPostalCode: delivery.postalCode,
        deliveryCountry: delivery.country,
        deliveryInstructions: delivery.instructions,
        deliveryLat: delivery.lat,
        deliveryLng: delivery.lng,
        subtotalCents: money.subtotalCents,
        deliveryFeeCents: money.deliveryFeeCents,
        tipCents: money.tipCents,
        platformFeeCents: money.platformFeeCents,
        totalCents: money.totalCents,
        currency: priced.quote.currency,
        idempotencyKey: input.idempotencyKey,
        requestHash: hash,
        scheduledFor: input.scheduledFor ?? null,
        serviceDate: priced.serviceDate,
        placedAt: now,
      })
      .returning();
    if (!created) throw new Error('order insert returned nothing');
    // The lines (then their options) and the history row only need the order: they go out
    // together on the transaction's connection.
    await Promise.all([
      tx
        .insert(orderItems)
        .values(
          priced.lines.map((line, i) => ({
            id: lineIds[i],
            orderId: id,
            menuItemId: line.menuItemId,
            name: line.name,
            unitPriceCents: line.unitPriceCents,
            quantity: line.quantity,
            lineTotalCents: line.lineTotalCents,
            notes: line.notes,
          })),
        )
        .then(() => (options.length ? tx.insert(orderItemOptions).values(options) : null)),
      recordStatusChange(
        tx,
        { id, chefId: priced.chef.id },
        null,
        'pending',
        { role: 'customer', userId: actor.userId },
        null,
      ),
    ]);
    return created;
  });
}

/**
 * Stripe takes an expiry 30 minutes to 24 hours after it creates the session; a minute's slack
 * keeps a request that crosses a second (or a clock a little apart) inside that range.
 */
export function checkoutLifetimeSeconds(settings: { checkoutTtlSeconds: number }): number {
  return Math.min(Math.max(settings.checkoutTtlSeconds, 1800 + 60), 86_400 - 60);
}

/**
 * When the payment page closes, counted from the order's placing: a retry of a request whose
 * response was lost sends the same parameters, which the Idempotency-Key requires. A retry so
 * late that Stripe would refuse that time gets a new one (the first request never got there).
 */
export function checkoutExpiry(
  order: Pick<Order, 'placedAt'>,
  settings: { checkoutTtlSeconds: number },
  now = Date.now(),
): number {
  const lifetime = checkoutLifetimeSeconds(settings);
  const planned = Math.floor(order.placedAt.getTime() / 1000) + lifetime;
  const earliest = Math.ceil(now / 1000) + 1800 + 30;
  return planned >= earliest ? planned : Math.floor(now / 1000) + lifetime;
}

/**
 * The order's hosted payment page, created once: the Idempotency-Key makes a retry after a
 * lost response (or a crash before the URL was saved) get the same session from Stripe.
 */
export async function ensureCheckout(
  services: Pick<Services, 'db' | 'payments' | 'orders'>,
  order: Order,
): Promise<PlacedOrder> {
  if (order.status !== 'pending') return { orderId: order.id, checkoutUrl: null };
  if (order.checkoutUrl) return { orderId: order.id, checkoutUrl: order.checkoutUrl };

  const { db, payments, orders: settings } = services;
  const [chef] = await db
    .select({ businessName: chefs.businessName, account: chefs.stripeAccountId })
    .from(chefs)
    .where(eq(chefs.id, order.chefId));
  const [customer] = await db
    .select({ email: users.email })
    .from(users)
    .where(eq(users.id, order.customerId));
  if (!chef?.account) {
    throw new TRPCError({
      code: 'PRECONDITION_FAILED',
      message: 'This kitchen cannot take payments at the moment',
    });
  }
  const lines = await db.query.orderItems.findMany({
    where: eq(orderItems.orderId, order.id),
    with: { options: true },
  });
  const price = (name: string, amount: number, quantity = 1) => ({
    quantity,
    price_data: { currency: order.currency, unit_amount: amount, product_data: { name } },
  });
  const lineItems: Stripe.Checkout.SessionCreateParams.LineItem[] = lines.map((line) => {
    const options = line.options.map((o) => o.optionName).join(', ');
    return price(
      options ? `${line.name} (${options})` : line.name,
      line.unitPriceCents,
      line.quantity,
    );
  });
  if (order.deliveryFeeCents > 0) lineItems.push(price('Delivery', order.deliveryFeeCents));
  if (order.tipCents > 0) lineItems.push(price('Tip for your driver', order.tipCents));
  const url = (template: string) => template.replaceAll('{ORDER_ID}', order.id);

  let session: Stripe.Checkout.Session;
  try {
    session = await payments.stripe.checkout.sessions.create(
      {
        mode: 'payment',
        client_reference_id: order.id,
        ...(customer ? { customer_email: customer.email } : {}),
        line_items: lineItems,
        payment_intent_data: {
          application_fee_amount: order.platformFeeCents + order.deliveryFeeCents + order.tipCents,
          transfer_data: { destination: chef.account },
          transfer_group: `order_${order.id}`,
          description: `HomeChef order ${orderShortCode(order.id)} from ${chef.businessName}`,
          metadata: { orderId: order.id },
        },
        metadata: { orderId: order.id },
        success_url: url(settings.checkoutSuccessUrl),
        cancel_url: url(settings.checkoutCancelUrl),
        expires_at: checkoutExpiry(order, settings),
      },
      { idempotencyKey: `checkout:${order.id}` },
    );
  } catch (error) {
    // The order stays pending without a page: the same request again retries, and the
    // checkout timer cancels it (releasing its portions) if nobody does.
    throw new TRPCError({
      code: 'SERVICE_UNAVAILABLE',
      message: 'Payments are unavailable right now: try again in a moment',
      cause: error,
    });
  }
  if (!session.url)
    throw new TRPCError({ code: 'CONFLICT', message: 'The payment page has closed' });
  await db
    .update(orders)
    .set({ stripeCheckoutSessionId: session.id, checkoutUrl: session.url })
    .where(and(eq(orders.id, order.id), isNull(orders.stripeCheckoutSessionId)));
  return { orderId: order.id, checkoutUrl: session.url };
}

/**
 * Closes an order's payment page so that no payment can land after: `paid` when the page had
 * completed meanwhile (the webhook brings the money in), else `closed` (now, or expired before).
 * Throws while Stripe is unreachable.
 */
export async function closePaymentPage(
  stripe: Stripe,
  sessionId: string,
): Promise<'closed' | 'paid'> {
  const { sessions } = stripe.checkout;
  if ((await unlessRefused(() => sessions.expire(sessionId))) !== REFUSED) return 'closed';
  // Not open any more: expired already, or paid.
  return (await sessions.retrieve(sessionId)).status === 'complete' ? 'paid' : 'closed';
}
