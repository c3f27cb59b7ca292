import { describe, expect, it } from 'vitest';
import {
  applyOrderChange,
  columnOf,
  driverLine,
  formatMinutes,
  groupByColumn,
  waitingCount,
  type BoardOrder,
  type BoardPage,
} from './board.ts';

const NOW = Date.parse('2026-12-04T18:00:00Z');
let n = 0;
function order(status: BoardOrder['status'], extra: Partial<BoardOrder> = {}): BoardOrder {
  n += 1;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    shortCode: `A${n}`,
    status,
    chef: { id: 'c', businessName: 'Kitchen' },
    customerName: 'Casey',
    itemCount: 2,
    totalCents: 2500,
    currency: 'usd',
    scheduledFor: null,
    estimatedReadyAt: null,
    placedAt: new Date(NOW - n * 60_000),
    statusChangedAt: new Date(NOW),
    reviewed: false,
    ...extra,
  };
}

describe('order board', () => {
  it('puts each status in its column and later slots apart', () => {
    expect(columnOf(order('payment_confirmed'), NOW)).toBe('new');
    expect(columnOf(order('accepted'), NOW)).toBe('accepted');
    expect(columnOf(order('preparing'), NOW)).toBe('preparing');
    expect(columnOf(order('ready_for_pickup'), NOW)).toBe('ready');
    expect(columnOf(order('assigned_to_driver'), NOW)).toBe('ready');
    const later = new Date(NOW + 3 * 3600_000);
    expect(columnOf(order('payment_confirmed', { scheduledFor: later }), NOW)).toBe('scheduled');
    expect(columnOf(order('accepted', { scheduledFor: later }), NOW)).toBe('scheduled');
    const soon = new Date(NOW + 30 * 60_000);
    expect(columnOf(order('accepted', { scheduledFor: soon }), NOW)).toBe('accepted');
  });

  it('lists the longest waiting first and counts the orders awaiting an answer', () => {
    const orders = [order('payment_confirmed'), order('payment_confirmed'), order('preparing')];
    const groups = groupByColumn(orders, NOW);
    expect(groups.new.map((o) => o.shortCode)).toEqual([
      orders[1]!.shortCode,
      orders[0]!.shortCode,
    ]);
    expect(waitingCount(orders)).toBe(2);
  });

  it('moves an order between pages as events arrive, and drops it when it leaves', () => {
    const a = order('payment_confirmed');
    const b = order('accepted');
    const data = {
      pages: [
        { items: [a], nextCursor: 'x' },
        { items: [b], nextCursor: null },
      ] as BoardPage[],
      pageParams: [null, 'x'],
    };
    const moved = applyOrderChange(data, { ...b, status: 'preparing' });
    expect(moved?.pages[0]?.items.map((o) => [o.id, o.status])).toEqual([
      [a.id, 'payment_confirmed'],
      [b.id, 'preparing'],
    ]);
    expect(moved?.pages[1]?.items).toEqual([]);
    const gone = applyOrderChange(moved, { ...a, status: 'rejected' });
    expect(gone?.pages.flatMap((p) => p.items).map((o) => o.id)).toEqual([b.id]);
    const fresh = order('payment_confirmed', { placedAt: new Date(NOW) });
    expect(applyOrderChange(gone, fresh)?.pages[0]?.items[0]?.id).toBe(fresh.id);
  });

  it('says minutes and hours', () => {
    expect(formatMinutes(4 * 60_000)).toBe('4 min');
    expect(formatMinutes(65 * 60_000)).toBe('1 h 5 min');
    expect(formatMinutes(-1)).toBe('0 min');
  });
});

describe('driverLine', () => {
  const driver = {
    orderId: 'o',
    firstName: 'Rosa',
    vehicleType: 'scooter' as const,
    etaSeconds: 372,
    positionAt: new Date(NOW),
    arrivedAt: null,
  };
  it('names the driver and vehicle with the drive time to the kitchen', () => {
    expect(driverLine(driver)).toBe('Rosa · scooter · about 6 min away');
    expect(driverLine({ ...driver, etaSeconds: 20 })).toBe('Rosa · scooter · arriving now');
    expect(driverLine({ ...driver, etaSeconds: null })).toBe('Rosa · scooter · on the way');
  });
  it('says when the driver is at the kitchen', () => {
    expect(driverLine({ ...driver, vehicleType: 'car', arrivedAt: new Date(NOW) })).toBe(
      'Rosa · car · at the kitchen',
    );
  });
});
