'use client';

import { useTRPC } from '@homechef/app-kit/react';
import {
  Badge,
  Button,
  EmptyState,
  FilterSelect,
  PageHeader,
  SearchIcon,
  Skeleton,
} from '@homechef/ui';
import type { AdminUserOutput } from '@homechef/validators';
import { USER_ROLES, USER_STATUSES } from '@homechef/validators/constants';
import { useInfiniteQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useDeferredValue, useState } from 'react';
import { SearchFilter } from '../table/filters.tsx';
import { listInput } from '../table/list-input.ts';
import { filteredByCursor } from '../table/paging.ts';
import { Cell, PagedTable } from '../table/table.tsx';
import { ROLE_LABELS, STATUS_LABELS } from './labels.ts';
import { UserStatusDialog, type UserDecision } from './user-status-dialog.tsx';

type Role = (typeof USER_ROLES)[number];
type Status = (typeof USER_STATUSES)[number];

const STATUS_TONES = { active: 'success', suspended: 'danger', deleted: 'neutral' } as const;

/** Every account, by name or e-mail, role and status: to find one and suspend or reinstate it. */
export function UserList() {
  const trpc = useTRPC();
  const [query, setQuery] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [status, setStatus] = useState<Status | ''>('');
  const [acting, setActing] = useState<{ user: AdminUserOutput; decision: UserDecision } | null>(
    null,
  );
  const search = useDeferredValue(query.trim());
  const list = useInfiniteQuery(
    trpc.admin.listUsers.infiniteQueryOptions(
      listInput({ query: search, role, status }),
      filteredByCursor,
    ),
  );

  return (
    <div className="space-y-6">
      <PageHeader
        eyebrow="Operations"
        title="Users"
        description="Every account on HomeChef, newest first."
      />
      <div className="grid gap-4 sm:grid-cols-[1fr_12rem_12rem]">
        <SearchFilter placeholder="Name or email" value={query} onChange={setQuery} />
        <FilterSelect
          label="Role"
          all="All roles"
          options={USER_ROLES}
          optionLabel={(r) => ROLE_LABELS[r]}
          value={role}
          onChange={setRole}
        />
        <FilterSelect
          label="Status"
          all="All statuses"
          options={USER_STATUSES}
          optionLabel={(s) => STATUS_LABELS[s]}
          value={status}
          onChange={setStatus}
        />
      </div>
      <PagedTable
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
              {user.role === 'admin' || user.status === 'deleted' ? null : user.status ===
                'suspended' ? (
                <Button
                  size="sm"
                  variant="secondary"
                  onClick={() => setActing({ user, decision: 'reinstate' })}
                >
                  Reinstate<span className="sr-only"> {user.name}</span>
                </Button>
              ) : (
                <Button
                  size="sm"
                  variant="secondary"
                  onClick={() => setActing({ user, decision: 'suspend' })}
                >
                  Suspend<span className="sr-only"> {user.name}</span>
                </Button>
              )}
            </Cell>
          </tr>
        )}
      />
      <UserStatusDialog
        user={acting?.user ?? null}
        decision={acting?.decision ?? 'suspend'}
        onClose={() => setActing(null)}
      />
    </div>
  );
}
