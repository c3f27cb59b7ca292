'use client';

import { useTRPC } from '@homechef/app-kit/react';
import {
  EmptyState,
  Field,
  Input,
  OrderStatusBadge,
  ReceiptIcon,
  Select,
  Skeleton,
  formatPrice,
} from '@homechef/ui';
import { ORDER_STATUS_LABELS } from '@homechef/validators';
import { ORDER_STATUSES } from '@homechef/validators/constants';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { ListPage } from '../table/list-page.tsx';
import { filteredByCursor } from '../table/paging.ts';
import { Cell, TimeAgo } from '../table/table.tsx';
import { ordersInput, type OrderFilters } from './filters.ts';

const DATE_FILTERS = [
  ['from', 'Placed from'],
  ['to', 'Placed until'],
] as const;

/** Every order on the platform, filtered by status, kitchen and the day it was placed. */
export function OrderList() {
  const trpc = useTRPC();
  const params = useSearchParams();
  const router = useRouter();
  const filters: OrderFilters = {
    status: params.get('status') ?? '',
    chefId: params.get('chefId') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
  };
  // Filters live in the URL: a reload or a shared link shows the same list.
  const setFilter = (key: keyof OrderFilters, value: string) => {
    const next = new URLSearchParams(params.toString());
    if (value) next.set(key, value);
    else next.delete(key);
    const query = next.toString();
    router.replace(query ? `/orders?${query}` : '/orders', { scroll: false });
  };
  const list = useInfiniteQuery(
    trpc.admin.orders.infiniteQueryOptions(ordersInput(filters), filteredByCursor),
  );
  const kitchens = useQuery(trpc.admin.listChefs.queryOptions({ limit: 100 }));
  const [now] = useState(() => Date.now());
  const filtered = Object.values(filters).some(Boolean);

  return (
    <ListPage
      title="Orders"
      description="Every order on HomeChef, newest first. Open one to see its payment and journal, refund or cancel it."
      filterColumns="sm:grid-cols-2 lg:grid-cols-4"
      filters={
        <>
          <Field label="Status">
            <Select value={filters.status} onChange={(e) => setFilter('status', e.target.value)}>
              <option value="">All statuses</option>
              {ORDER_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {ORDER_STATUS_LABELS[s]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Kitchen">
            <Select value={filters.chefId} onChange={(e) => setFilter('chefId', e.target.value)}>
              <option value="">All kitchens</option>
              {filters.chefId && !kitchens.data?.items.some((k) => k.id === filters.chefId) ? (
                <option value={filters.chefId}>This kitchen</option>
              ) : null}
              {kitchens.data?.items.map((k) => (
                <option key={k.id} value={k.id}>
                  {k.businessName}
                </option>
              ))}
            </Select>
          </Field>
          {DATE_FILTERS.map(([key, label]) => (
            <Field key={key} label={label}>
              <Input
                type="date"
                value={filters[key]}
                {...(key === 'from'
                  ? { max: filters.to || undefined }
                  : { min: filters.from || undefined })}
                onChange={(e) => setFilter(key, e.target.value)}
              />
            </Field>
          ))}
        </>
      }
      onClearFilters={filtered ? () => router.replace('/orders') : undefined}
      query={list}
      caption="Orders"
      columns={['Order', 'Kitchen', 'Customer', 'Status', 'Total', 'Placed']}
      noun="orders"
      loading={<Skeleton className="h-64 rounded-2xl" />}
      errorTitle="We couldn’t load orders"
      empty={
        <EmptyState
          icon={<ReceiptIcon />}
          title={filtered ? 'No orders match' : 'No orders yet'}
          description={
            filtered
              ? 'Try another status, kitchen or dates.'
              : 'Orders appear here as soon as customers place them.'
          }
        />
      }
      row={(o) => (
        <tr key={o.id} data-testid="order-row" data-code={o.shortCode}>
          <Cell>
            <Link
              href={`/orders/${o.id}`}
              className="font-mono font-semibold text-stone-900 hover:underline"
            >
              #{o.shortCode}
            </Link>
            <p className="text-xs text-stone-500">
              {o.itemCount} item{o.itemCount === 1 ? '' : 's'}
              {o.scheduledFor ? ' · scheduled' : ''}
            </p>
          </Cell>
          <Cell>
            <Link href={`/kitchens/${o.chef.id}`} className="hover:underline">
              {o.chef.businessName}
            </Link>
          </Cell>
          <Cell>{o.customerName}</Cell>
          <Cell>
            <OrderStatusBadge status={o.status} labels={ORDER_STATUS_LABELS} />
          </Cell>
          <Cell className="tabular-nums">{formatPrice(o.totalCents, o.currency)}</Cell>
          <Cell className="whitespace-nowrap">
            <TimeAgo date={o.placedAt} now={now} />
          </Cell>
        </tr>
      )}
    />
  );
}
