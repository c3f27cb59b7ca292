'use client';

import { useTRPC } from '@homechef/app-kit/react';
import { Badge, Button, EmptyState, SearchIcon, Skeleton } from '@homechef/ui';
import type { AdminUserOutput } from '@homechef/validators';
import { useInfiniteQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useDeferredValue, useState } from 'react';
import { SearchFilter, SelectFilters, useChoices } from '../table/filters.tsx';
import { listInput } from '../table/list-input.ts';
import { ListPage } from '../table/list-page.tsx';
import { filteredByCursor } from '../table/paging.ts';
import { Cell } from '../table/table.tsx';
import { ROLE_LABELS, STATUS_LABELS } from './labels.ts';
import { UserStatusDialog, type UserAction } from './user-status-dialog.tsx';

const FILTERS = {
  role: { label: 'Role', all: 'All roles', labels: ROLE_LABELS },
  status: { label: 'Status', all: 'All statuses', labels: STATUS_LABELS },
};

const STATUS_TONES = { active: 'success', suspended: 'danger', deleted: 'neutral' } as const;

/** Every account, by name or e-mail, role and status: to find one and suspend or reinstate it. */
export function UserList() {
  const trpc = useTRPC();
  const [query, setQuery] = useState('');
  const [choices, setChoices] = useChoices(FILTERS);
  const [acting, setActing] = useState<UserAction | null>(null);
  const search = useDeferredValue(query.trim());
  const list = useInfiniteQuery(
    trpc.admin.listUsers.infiniteQueryOptions(
      listInput({ query: search, ...choices }),
      filteredByCursor,
    ),
  );

  return (
    <ListPage
      title="Users"
      description="Every account on HomeChef, newest first."
      filterColumns="sm:grid-cols-[1fr_12rem_12rem]"
      filters={
        <>
          <SearchFilter placeholder="Name or email" value={query} onChange={setQuery} />
          <SelectFilters filters={FILTERS} value={choices} onChange={setChoices} />
        </>
      }
      query={list}
      caption="Users"
      columns={['User', 'Role', 'Status', 'Joined', '']}
      noun="users"
      loading={<Skeleton className="h-64 rounded-2xl" />}
      empty={
        <EmptyState
          icon={<SearchIcon />}
          title="No users match"
          description="Try another name, role or status."
        />
      }
      row={(user) => (
        <tr key={user.id} data-testid="user-row">
          <Cell>
            <p className="font-semibold text-stone-900">{user.name}</p>
            <p className="text-xs break-all text-stone-500">{user.email}</p>
            {user.kitchen ? (
              <Link
                href={`/kitchens/${user.kitchen.id}`}
                className="text-xs font-medium text-accent-ink hover:underline"
              >
                {user.kitchen.businessName}
              </Link>
            ) : null}
          </Cell>
          <Cell>{ROLE_LABELS[user.role]}</Cell>
          <Cell>
            <Badge tone={STATUS_TONES[user.status]}>{STATUS_LABELS[user.status]}</Badge>
            {user.suspendedReason ? (
              <p className="mt-1 max-w-xs text-xs text-stone-500">“{user.suspendedReason}”</p>
            ) : null}
          </Cell>
          <Cell className="whitespace-nowrap">
            {new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(user.createdAt)}
          </Cell>
          <Cell className="text-right">
            <StatusButton user={user} onChoose={setActing} />
          </Cell>
        </tr>
      )}
    >
      <UserStatusDialog action={acting} onClose={() => setActing(null)} />
    </ListPage>
  );
}

/** Suspend, or Reinstate a suspended account; admins and deleted accounts have neither. */
function StatusButton({
  user,
  onChoose,
}: {
  user: AdminUserOutput;
  onChoose: (action: UserAction) => void;
}) {
  if (user.role === 'admin' || user.status === 'deleted') return null;
  const decision = user.status === 'suspended' ? 'reinstate' : 'suspend';
  return (
    <Button size="sm" variant="secondary" onClick={() => onChoose({ user, decision })}>
      {decision === 'suspend' ? 'Suspend' : 'Reinstate'}
      <span className="sr-only"> {user.name}</span>
    </Button>
  );
}
