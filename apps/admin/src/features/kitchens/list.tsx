'use client';

import { useTRPC } from '@homechef/app-kit/react';
import { EmptyState, FilterSelect, SearchIcon, Skeleton, VerificationBadge } from '@homechef/ui';
import { CHEF_VERIFICATION_STATUSES } from '@homechef/validators';
import { useInfiniteQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useDeferredValue, useState } from 'react';
import { SearchFilter } from '../table/filters.tsx';
import { listInput } from '../table/list-input.ts';
import { ListPage } from '../table/list-page.tsx';
import { filteredByCursor } from '../table/paging.ts';
import { Cell } from '../table/table.tsx';

type Status = (typeof CHEF_VERIFICATION_STATUSES)[number];

/** Every kitchen, by status and name, to find one to suspend or reinstate. */
export function KitchenList() {
  const trpc = useTRPC();
  const [status, setStatus] = useState<Status | ''>('');
  const [query, setQuery] = useState('');
  const search = useDeferredValue(query.trim());
  const list = useInfiniteQuery(
    trpc.admin.listChefs.infiniteQueryOptions(
      listInput({ status, query: search }),
      filteredByCursor,
    ),
  );

  return (
    <ListPage
      title="Kitchens"
      description="Every kitchen on HomeChef, newest first."
      filterColumns="sm:grid-cols-[1fr_14rem]"
      filters={
        <>
          <SearchFilter
            placeholder="Kitchen name, owner or email"
            value={query}
            onChange={setQuery}
          />
          <FilterSelect
            label="Status"
            all="All"
            options={CHEF_VERIFICATION_STATUSES}
            optionLabel={(s) => s.charAt(0).toUpperCase() + s.slice(1)}
            value={status}
            onChange={setStatus}
          />
        </>
      }
      query={list}
      caption="Kitchens"
      columns={['Kitchen', 'Owner', 'Status', 'Listed']}
      noun="kitchens"
      loading={<Skeleton className="h-64 rounded-2xl" />}
      empty={
        <EmptyState
          icon={<SearchIcon />}
          title="No kitchens match"
          description="Try another name or status."
        />
      }
      row={(k) => (
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
            {k.isListed ? 'Yes' : <span className="text-stone-500">{k.listingBlockers[0]}</span>}
          </Cell>
        </tr>
      )}
    />
  );
}
