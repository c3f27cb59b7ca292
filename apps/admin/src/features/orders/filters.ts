import type { AdminListOrdersInput, OrderStatus } from '@homechef/validators';
import { ORDER_STATUSES } from '@homechef/validators/constants';
import { listInput, startOfDay } from '../table/list-input.ts';

/** The order list's filters as they stand in the URL (`?status=…&chefId=…&from=…&to=…`). */
export interface OrderFilters {
  status: string;
  chefId: string;
  /** Days as the date inputs give them (YYYY-MM-DD), both included. */
  from: string;
  to: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `admin.orders` input for the filters; a value that makes no sense is left out. */
export function ordersInput(filters: OrderFilters): AdminListOrdersInput {
  return listInput({
    status: (ORDER_STATUSES as readonly string[]).includes(filters.status)
      ? [filters.status as OrderStatus]
      : undefined,
    chefId: UUID.test(filters.chefId) ? filters.chefId : undefined,
    from: startOfDay(filters.from),
    to: startOfDay(filters.to, 1),
  });
}
