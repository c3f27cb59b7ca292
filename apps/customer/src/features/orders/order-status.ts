/** How an order's states read to its customer: badge tones and the timeline's steps. */
import type { BadgeTone } from '@homechef/ui';
import { ORDER_STATUS_LABELS, type OrderStatus } from '@homechef/validators';
import { ORDER_STATUSES } from '@homechef/validators/constants';

/** Orders per page of the history. */
export const ORDERS_PAGE = 10;

export const statusLabel = (status: OrderStatus) => ORDER_STATUS_LABELS[status];

export function statusTone(status: OrderStatus): BadgeTone {
  switch (status) {
    case 'pending':
      return 'warning';
    case 'delivered':
      return 'success';
    case 'rejected':
    case 'cancelled':
    case 'refunded':
      return 'neutral';
    default:
      return 'info';
  }
}

const ENDED: readonly OrderStatus[] = ['rejected', 'cancelled', 'refunded'];
/** The way an order goes when all goes well: the states in their order, less the endings. */
const HAPPY_PATH = ORDER_STATUSES.filter((s) => !ENDED.includes(s));
const OVER: readonly OrderStatus[] = [...ENDED, 'delivered'];

/** Nothing more will happen to the order. */
export const isOver = (status: OrderStatus) => OVER.includes(status);

export interface TimelineEvent {
  id: number;
  to: OrderStatus;
  at: Date;
  reason: string | null;
}

export type TimelineStep =
  { kind: 'done'; event: TimelineEvent; current: boolean } | { kind: 'next'; status: OrderStatus };

/** What happened, newest last, then what is still to come (none once the order is over). */
export function timeline(status: OrderStatus, history: readonly TimelineEvent[]): TimelineStep[] {
  const steps: TimelineStep[] = history.map((event, i) => ({
    kind: 'done',
    event,
    current: i === history.length - 1,
  }));
  if (isOver(status)) return steps;
  const at = HAPPY_PATH.indexOf(status);
  for (const next of HAPPY_PATH.slice(at + 1)) steps.push({ kind: 'next', status: next });
  return steps;
}

/** Whether the order was ever paid (its cart is then done with). */
export const wasPaid = (history: readonly { to: OrderStatus }[]) =>
  history.some((e) => e.to === 'payment_confirmed');

/** From the kitchen's accept until the door: the customer keeps the delivery code at hand. */
export function awaitsDelivery(status: OrderStatus): boolean {
  const at = HAPPY_PATH.indexOf(status);
  return at >= HAPPY_PATH.indexOf('accepted') && at < HAPPY_PATH.indexOf('delivered');
}
