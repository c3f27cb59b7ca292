import type { AdminListOrdersInput, OrderStatus } from '@homechef/validators';
import { ORDER_STATUSES } from '@homechef/validators/constants';

/** The order list's filters as they stand in the URL (`?status=…&chefId=…&from=…&to=…`). */
export interface OrderFilters {
  status: string;
  chefId: string;
  /** Days as the date inputs give them (YYYY-MM-DD), both included. */
  from: string;
  to: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Midnight starting the day, in the time zone of whoever reads the list. */
function startOfDay(day: string, plusDays = 0): Date | undefined {
  if (!DAY.test(day)) return undefined;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(y, m - 1, d + plusDays);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** `admin.orders` input for the filters; a value that makes no sense is left out. */
export function ordersInput(filters: OrderFilters): AdminListOrdersInput {
  const from = startOfDay(filters.from);
  const to = startOfDay(filters.to, 1);
  return {
    limit: 25,
    ...((ORDER_STATUSES as readonly string[]).includes(filters.status)
      ? { status: [filters.status as OrderStatus] }
      : {}),
    ...(UUID.test(filters.chefId) ? { chefId: filters.chefId } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
}
