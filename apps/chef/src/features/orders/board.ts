/**
 * The kitchen's order board as data: which orders it holds, in which column, and how a live
 * event changes what `orders.list` returned, so the board follows the kitchen without reloads.
 */
import type { RouterOutputs } from '@homechef/app-kit';
import type { OrderStatus } from '@homechef/validators';

export type BoardOrder = RouterOutputs['orders']['list']['items'][number];
/** The driver coming for one of the kitchen's orders (`orders.kitchenDrivers`). */
export type BoardDriver = RouterOutputs['orders']['kitchenDrivers'][number];

/** How often the board asks again where the drivers are, so their drive times stay true. */
export const DRIVER_REFRESH_MS = 15_000;
export type BoardPage = RouterOutputs['orders']['list'];

/** The statuses an order has while it is the kitchen's business (until a driver takes it). */
export const BOARD_STATUSES = [
  'payment_confirmed',
  'accepted',
  'preparing',
  'ready_for_pickup',
  'assigned_to_driver',
] as const satisfies readonly OrderStatus[];

/** The board's `orders.list` input; the server prefetch and the browser must agree on it. */
export const BOARD_INPUT = { status: [...BOARD_STATUSES], limit: 100 };

export type ColumnId = 'new' | 'accepted' | 'preparing' | 'ready' | 'scheduled';

export const COLUMNS: ReadonlyArray<{ id: ColumnId; title: string; empty: string }> = [
  { id: 'new', title: 'New', empty: 'New orders appear here the moment they are paid.' },
  { id: 'accepted', title: 'Accepted', empty: 'Accept an order to plan it in.' },
  { id: 'preparing', title: 'Preparing', empty: 'Nothing on the stove.' },
  { id: 'ready', title: 'Ready', empty: 'Nothing waiting for a driver.' },
];

/** A scheduled order is kept apart until this long before its slot. */
export const SCHEDULED_LEAD_MS = 60 * 60_000;

export function isBoardStatus(status: OrderStatus): boolean {
  return (BOARD_STATUSES as readonly OrderStatus[]).includes(status);
}

/**
 * Where a card goes. An order scheduled for later than the next hour waits under
 * "Scheduled" until it is started, whether or not it is accepted yet.
 */
export function columnOf(order: BoardOrder, now: number): ColumnId {
  switch (order.status) {
    case 'payment_confirmed':
    case 'accepted':
      if (order.scheduledFor && order.scheduledFor.getTime() - now > SCHEDULED_LEAD_MS) {
        return 'scheduled';
      }
      return order.status === 'accepted' ? 'accepted' : 'new';
    case 'preparing':
      return 'preparing';
    default:
      return 'ready';
  }
}

/** Cards per column: oldest first (the one waiting longest on top); scheduled by slot. */
export function groupByColumn(orders: readonly BoardOrder[], now: number) {
  const groups: Record<ColumnId, BoardOrder[]> = {
    new: [],
    accepted: [],
    preparing: [],
    ready: [],
    scheduled: [],
  };
  for (const order of orders) groups[columnOf(order, now)].push(order);
  const placed = (a: BoardOrder, b: BoardOrder) => a.placedAt.getTime() - b.placedAt.getTime();
  for (const id of ['new', 'accepted', 'preparing', 'ready'] as const) groups[id].sort(placed);
  groups.scheduled.sort(
    (a, b) => (a.scheduledFor?.getTime() ?? 0) - (b.scheduledFor?.getTime() ?? 0),
  );
  return groups;
}

/** Orders waiting for the chef's answer: the count on the nav badge and in the tab title. */
export function waitingCount(orders: readonly BoardOrder[]): number {
  return orders.filter((o) => o.status === 'payment_confirmed').length;
}

interface InfinitePages {
  pages: BoardPage[];
  pageParams: unknown[];
}

/**
 * The board's pages after one order changed: it leaves every page, and comes back on the
 * first one (newest first, as the list sorts) while it is still on the board.
 */
export function applyOrderChange<T extends InfinitePages>(
  data: T | undefined,
  order: BoardOrder,
): T | undefined {
  if (!data) return data;
  const pages = data.pages.map((page) => ({
    ...page,
    items: page.items.filter((o) => o.id !== order.id),
  }));
  const [first, ...rest] = pages;
  if (!first) return data;
  if (isBoardStatus(order.status)) {
    const items = [...first.items, order].sort(
      (a, b) => b.placedAt.getTime() - a.placedAt.getTime() || (a.id < b.id ? 1 : -1),
    );
    return { ...data, pages: [{ ...first, items }, ...rest] };
  }
  return { ...data, pages: [first, ...rest] };
}

/** "4 min", "1 h 5 min": how long an order has waited or has left. */
export function formatMinutes(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

const VEHICLES: Record<BoardDriver['vehicleType'], string> = {
  bicycle: 'bicycle',
  scooter: 'scooter',
  motorcycle: 'motorcycle',
  car: 'car',
};

/** "Rosa · scooter · about 6 min away", "Rosa · car · at the kitchen". */
export function driverLine(driver: BoardDriver): string {
  const where = driver.arrivedAt
    ? 'at the kitchen'
    : driver.etaSeconds === null
      ? 'on the way'
      : driver.etaSeconds < 60
        ? 'arriving now'
        : `about ${formatMinutes(driver.etaSeconds * 1000)} away`;
  return `${driver.firstName} · ${VEHICLES[driver.vehicleType]} · ${where}`;
}
