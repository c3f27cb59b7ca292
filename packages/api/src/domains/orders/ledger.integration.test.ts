/**
 * The money identity under a randomized run: many orders placed and paid on the Stripe sandbox,
 * then cancelled, rejected, accepted, delivered (the driver paid) and partly or wholly refunded
 * at random, a delivered order's refund with or without the driver at fault. For every order
 * the journal must hold charged = chef share + driver share + platform fee + refunded to the
 * cent, agree with what the order says, and agree with what Stripe moved.
 */
import { eq, inArray } from 'drizzle-orm';
import { ledgerEntries, payments, refunds, transferReversals, transfers } from '@homechef/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverAccepted } from '../../../test/dispatch.ts';
import { callerFor, createUser } from '../../../test/fixtures.ts';
import {
  cart,
  createCustomer,
  createPayableKitchen,
  placeAndPay,
  startOrdersEnv,
  type Menu,
  type OrdersEnv,
} from '../../../test/orders.ts';
import type { Actor } from '../../context.ts';
import { DEFAULT_RATE_LIMITS } from '../../shared/rate-limits.ts';

const ORDERS = Number(process.env.LEDGER_ORDERS ?? 1000);
const IN_FLIGHT = 8;
const SEED = 20261204;

let o: OrdersEnv;
beforeAll(async () => {
  // One admin and six kitchens do hundreds of things a minute here: lift the per-user limit.
  o = await startOrdersEnv(
    {},
    { ...DEFAULT_RATE_LIMITS, mutationsPerUser: { points: 1_000_000, windowSeconds: 60 } },
  );
});
afterAll(async () => {
  await o.close();
});

/** mulberry32: the same sequence of choices on every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function inPool<T>(items: T[], work: (item: T, i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < items.length) {
        const i = next++;
        await work(items[i]!, i);
      }
    }),
  );
}

describe(`the journal after ${ORDERS} random orders`, () => {
  it(
    'balances every order to the cent, as the order and Stripe say',
    { timeout: 1_200_000 },
    async () => {
      const rand = random(SEED);
      const kitchens: Menu[] = [];
      for (let k = 0; k < 6; k++) kitchens.push(await createPayableKitchen(o));
      const customers: Actor[] = [];
      for (let c = 0; c < 40; c++) customers.push(await createCustomer(o));
      const admin = (await createUser(o.env.services, { role: 'admin' })).actor;
      const caller = (actor: Actor) => callerFor(o.env.services, actor);

      // Place and pay, in batches so the webhook handler keeps up as a server's would.
      const plan = Array.from({ length: ORDERS }, (_, i) => ({
        menu: kitchens[i % kitchens.length]!,
        customer: customers[i % customers.length]!,
        curries: 1 + Math.floor(rand() * 3),
        tip: Math.floor(rand() * 800),
        fate: rand(),
        refund: rand(),
        atFault: rand() < 0.5,
      }));
      const ids: string[] = [];
      for (let start = 0; start < ORDERS; start += 100) {
        await inPool(plan.slice(start, start + 100), async (p, i) => {
          ids[start + i] = await placeAndPay(
            o,
            p.customer,
            cart(p.menu, {
              items: [
                { menuItemId: p.menu.curry, quantity: p.curries, optionIds: [p.menu.mild] },
                { menuItemId: p.menu.bread, quantity: 1 },
              ],
              tipCents: p.tip,
            }),
          );
        });
        await o.deliverEvents();
      }

      // What happens next, at random.
      await inPool(plan, async (p, i) => {
        const orderId = ids[i]!;
        const chef = caller(p.menu.chef);
        if (p.fate < 0.15) {
          await caller(p.customer).orders.cancel({ orderId });
          return;
        }
        if (p.fate < 0.3) {
          await chef.orders.reject({ orderId, reason: 'Too busy tonight' });
          return;
        }
        await chef.orders.accept({ orderId, prepMinutes: 20 });
        if (p.fate < 0.45) {
          await caller(admin).orders.cancel({ orderId, reason: 'Kitchen emergency' });
        } else if (p.fate < 0.85) {
          // Delivered (the driver paid), then maybe refunded, in part or whole, maybe their fault.
          await deliverAccepted(o, admin, orderId, p.menu);
          if (p.refund < 0.2) return;
          const order = await caller(admin).orders.byId({ orderId });
          const first = p.refund < 0.6 ? null : 1 + Math.floor(p.refund * (order.totalCents - 1));
          await caller(admin).orders.refund({
            orderId,
            amountCents: first,
            reason: p.atFault ? 'Never arrived' : 'The food was cold',
            driverAtFault: p.atFault,
          });
          if (first !== null && p.refund > 0.8) {
            await caller(admin).orders.refund({ orderId, reason: 'The rest of it' });
          }
        } else if (p.fate < 0.95) {
          const order = await caller(admin).orders.byId({ orderId });
          const first = 1 + Math.floor(p.refund * (order.totalCents - 1));
          await caller(admin).orders.refund({
            orderId,
            amountCents: first,
            reason: 'Partly wrong',
          });
          if (p.refund < 0.3) {
            await caller(admin).orders.refund({ orderId, reason: 'The rest of it' });
          }
        }
      });

      const orderRows = await o.env.services.db.query.orders.findMany({
        where: (t) => inArray(t.id, ids),
      });
      expect(orderRows).toHaveLength(ORDERS);
      const entries = await o.env.services.db
        .select()
        .from(ledgerEntries)
        .where(inArray(ledgerEntries.orderId, ids));
      const refundRows = await o.env.services.db
        .select()
        .from(refunds)
        .where(inArray(refunds.orderId, ids));
      const transferRows = await o.env.services.db
        .select()
        .from(transfers)
        .where(inArray(transfers.orderId, ids));
      const reversalRows = await o.env.services.db
        .select()
        .from(transferReversals)
        .where(inArray(transferReversals.orderId, ids));
      const statuses: Record<string, number> = {};
      for (const order of orderRows) {
        statuses[order.status] = (statuses[order.status] ?? 0) + 1;
        const mine = entries.filter((e) => e.orderId === order.id);
        const sum = (account: string) =>
          mine.filter((e) => e.account === account).reduce((s, e) => s + e.amountCents, 0);
        const charged = 0 - sum('customer_charge');
        const refunded = sum('refund');
        expect({ order: order.id, charged }).toEqual({
          order: order.id,
          charged: order.totalCents,
        });
        expect(charged).toBe(
          sum('chef_share') + sum('driver_share') + sum('platform_fee') + refunded,
        );
        // The journal's refunds are the refunds Stripe made, and nothing is left pending.
        const made = refundRows.filter((r) => r.orderId === order.id);
        expect(made.every((r) => r.status === 'succeeded')).toBe(true);
        expect(refunded).toBe(made.reduce((s, r) => s + r.amountCents, 0));
        if (['cancelled', 'rejected', 'refunded'].includes(order.status)) {
          expect(refunded).toBe(order.totalCents);
          expect(sum('chef_share')).toBe(0);
        }
        // The driver keeps their pay less what refunds they were at fault for took back, and a
        // whole refund at their fault takes it all; the journal says what Stripe reversed.
        const transfer = transferRows.find((t) => t.orderId === order.id);
        const reversed = reversalRows
          .filter((r) => r.orderId === order.id)
          .reduce((s, r) => {
            expect(r.status).toBe('paid');
            return s + r.amountCents;
          }, 0);
        expect(sum('driver_share')).toBe(transfer ? transfer.amountCents - reversed : 0);
        const atFault = made.filter((r) => r.driverAtFault).reduce((s, r) => s + r.amountCents, 0);
        if (transfer && atFault === order.totalCents) expect(sum('driver_share')).toBe(0);
        if (!atFault) expect(reversed).toBe(0);
      }
      expect(Object.keys(statuses).sort()).toEqual([
        'accepted',
        'cancelled',
        'delivered',
        'refunded',
        'rejected',
      ]);
      // Both policies were exercised: reversals at the driver's fault, refunds they kept pay on.
      expect(reversalRows.length).toBeGreaterThan(0);
      expect(
        refundRows.some(
          (r) => !r.driverAtFault && transferRows.some((t) => t.orderId === r.orderId),
        ),
      ).toBe(true);
      // Stripe agrees on every driver's transfer.
      for (const transfer of transferRows) {
        const sent = await o.stripe.transfers.retrieve(transfer.stripeTransferId!);
        const reversed = reversalRows
          .filter((r) => r.transferId === transfer.id)
          .reduce((s, r) => s + r.amountCents, 0);
        expect(sent.amount_reversed).toBe(reversed);
        expect(transfer.status).toBe(reversed === transfer.amountCents ? 'reversed' : 'paid');
      }

      // Stripe agrees, charge by charge, on a sample.
      for (const order of orderRows.slice(0, 40)) {
        const [payment] = await o.env.services.db
          .select()
          .from(payments)
          .where(eq(payments.orderId, order.id));
        const pi = await o.stripe.paymentIntents.retrieve(payment!.stripePaymentIntentId, {
          expand: ['latest_charge.application_fee'],
        });
        const charge = pi.latest_charge as {
          amount_refunded: number;
          application_fee: { amount_refunded: number };
        };
        const mine = entries.filter((e) => e.orderId === order.id);
        const refunded = mine
          .filter((e) => e.account === 'refund')
          .reduce((s, e) => s + e.amountCents, 0);
        const feeBack =
          0 -
          mine
            // The refunds' part of the fee (not the driver's pay passed on by the transfer).
            .filter((e) => e.account === 'platform_fee' && e.stripeObjectId?.startsWith('re_'))
            .reduce((s, e) => s + e.amountCents, 0);
        expect(charge.amount_refunded).toBe(refunded);
        expect(charge.application_fee.amount_refunded).toBe(feeBack);
      }
    },
  );
});
