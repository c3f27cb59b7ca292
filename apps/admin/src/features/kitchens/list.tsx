'use client';

import { useTRPC } from '@homechef/app-kit/react';
import {
  EmptyState,
  Field,
  Input,
  PageHeader,
  SearchIcon,
  Select,
  Skeleton,
  VerificationBadge,
  QueryState,
} from '@homechef/ui';
import { CHEF_VERIFICATION_STATUSES } from '@homechef/validators';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useDeferredValue, useState } from 'react';
import { Cell, LoadMore, Table } from '../table/table.tsx';

type Status = (typeof CHEF_VERIFICATION_STATUSES)[number];

/** Every kitchen, by status and name, to find one to suspend or reinstate. */
export function KitchenList() {
  const trpc = useTRPC();
  const [status, setStatus] = useState<Status | ''>('');
  const [query, setQuery] = useState('');
  const search = useDeferredValue(query.trim());
  const list = useInfiniteQuery(
    trpc.admin.listChefs.infiniteQueryOptions(
      { limit: 25, ...(status ? { status } : {}), ...(search ? { query: search } : {}) },
      {
        getNextPageParam: (page) => page.nextCursor ?? undefined,
        placeholderData: keepPreviousData,
      },
    ),
  );
  const kitchens = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <div className="space-y-6">
      <PageHeader
        eyebrow="Operations"
        title="Kitchens"
        description="Every kitchen on HomeChef, newest first."
      />
      <div className="grid gap-4 sm:grid-cols-[1fr_14rem]">
        <Field label="Search">
          <Input
            type="search"
            placeholder="Kitchen name, owner or email"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </Field>
        <Field label="Status">
          <Select value={status} onChange={(e) => setStatus(e.target.value as Status | '')}>
            <option value="">All</option>
            {CHEF_VERIFICATION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {s.charAt(0).toUpperCase() + s.slice(1)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <QueryState
        query={list}
        loading={<Skeleton className="h-64 rounded-2xl" />}
        isEmpty={() => kitchens.length === 0}
        empty={
          <EmptyState
            icon={<SearchIcon />}
            title="No kitchens match"
            description="Try another name or status."
          />
        }
      >
        {() => (
          <div className="space-y-4">
            <Table caption="Kitchens" columns={['Kitchen', 'Owner', 'Status', 'Listed']}>
              {kitchens.map((k) => (
                <tr key={k.id}>
                  <Cell>
                    <Link
                      href={`/kitchens/${k.id}`}
                      className="font-semibold text-stone-900 hover:underline"
                    >
                      {k.businessName}
                    </Link>
                    <p className="text-xs text-stone-500">{k.kitchen.city ?? '—'}</p>
                  </Cell>
                  <Cell>
                    <p>{k.owner.name}</p>
                    <p className="text-xs text-stone-500">{k.owner.email}</p>
                  </Cell>
                  <Cell>
                    <VerificationBadge status={k.verificationStatus} />
                  </Cell>
                  <Cell>
                    {k.isListed ? (
                      'Yes'
                    ) : (
                      <span className="text-stone-500">{k.listingBlockers[0]}</span>
                    )}
                  </Cell>
                </tr>
              ))}
            </Table>
            <LoadMore
              count={kitchens.length}
              noun="kitchens"
              hasMore={list.hasNextPage}
              loading={list.isFetchingNextPage}
              onLoad={() => void list.fetchNextPage()}
            />
          </div>
        )}
      </QueryState>
    </div>
  );
}
