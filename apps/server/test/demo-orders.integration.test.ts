/**
 * A first start on the demo city makes its first orders through the API, paid on the sandbox's
 * page and confirmed by its webhook: every state the kitchen board and the admin pages show,
 * journaled to the cent, and made only once.
 */
import { ledgerEntries, orders, users } from '@homechef/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoOrders, DEMO_ORDER_PLAN, type DemoOrdersResult } from '../src/demo-orders.ts';
import { createLogger } from '../src/logger.ts';
import { freePort, startTestServer, type TestServer } from './helpers.ts';

let t: TestServer;
let result: DemoOrdersResult | null;

beforeAll(async () => {
  t = await startTestServer({
    SEED_DEMO: 'if-empty',
    LOG_LEVEL: 'warn',
    PORT: String(await freePort()),
  });
  result = await t.server.demoOrders;
}, 180_000);
afterAll(async () => {
  await t.close();
});

describe('demo orders on a first start', () => {
  it('makes one order for each step of the plan, in the state it names', async () => {
    expect(result).toEqual({ made: DEMO_ORDER_PLAN.length, skipped: null });
    const rows = await t.db
      .select({ status: orders.status, scheduledFor: orders.scheduledFor })
      .from(orders);
    const count = (status: string) => rows.filter((r) => r.status === status).length;
    const planned = (...targets: string[]) =>
      DEMO_ORDER_PLAN.filter((target) => targets.includes(target)).length;
    expect(count('pending')).toBe(planned('pending'));
    expect(count('payment_confirmed')).toBe(planned('payment_confirmed', 'scheduled'));
    expect(count('accepted')).toBe(planned('accepted'));
    expect(count('preparing')).toBe(planned('preparing'));
    expect(count('ready_for_pickup')).toBe(planned('ready_for_pickup', 'partly_refunded'));
    expect(count('rejected')).toBe(planned('rejected'));
    expect(count('cancelled')).toBe(planned('cancelled'));
    expect(count('refunded')).toBe(planned('refunded'));
    expect(rows.filter((r) => r.scheduledFor !== null).length).toBeGreaterThanOrEqual(1);
  });

  it('gives chef01’s board a new, an accepted, a preparing and a ready order', async () => {
    const result = await t.db.execute(sql`
      select o.status, count(*)::int as n from ${orders} o
      join chefs c on c.id = o.chef_id join ${users} u on u.id = c.user_id
      where u.email = 'chef01@homechef.local' group by o.status`);
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as {
      status: string;
    }[];
    expect(rows.map((r) => r.status)).toEqual(
      expect.arrayContaining(['payment_confirmed', 'accepted', 'preparing', 'ready_for_pickup']),
    );
  });

  it('journals every paid order to the cent, refunds included', async () => {
    const paid = await t.db
      .select({ id: orders.id, total: orders.totalCents, status: orders.status })
      .from(orders)
      .where(sql`${orders.status} <> 'pending'`);
    expect(paid.length).toBe(DEMO_ORDER_PLAN.length - 1);
    let refunds = 0;
    for (const order of paid) {
      const entries = await t.db
        .select()
        .from(ledgerEntries)
        .where(eq(ledgerEntries.orderId, order.id));
      const sum = (account: string) =>
        entries.filter((e) => e.account === account).reduce((s, e) => s + e.amountCents, 0);
      const charged = -sum('customer_charge');
      expect(charged).toBe(order.total);
      expect(charged).toBe(
        sum('chef_share') + sum('driver_share') + sum('platform_fee') + sum('refund'),
      );
      refunds += sum('refund');
    }
    expect(refunds).toBeGreaterThan(0);
  });

  it('makes none on the next start', async () => {
    const again = await createDemoOrders(
      { db: t.db } as Parameters<typeof createDemoOrders>[0],
      {} as Parameters<typeof createDemoOrders>[1],
      createLogger('silent'),
    );
    expect(again).toEqual({ made: 0, skipped: 'orders exist already' });
  });
});
