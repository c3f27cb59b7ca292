'use client';

import { useTRPC } from '@homechef/app-kit/react';
import {
  Badge,
  EmptyState,
  Field,
  HistoryIcon,
  Input,
  PageHeader,
  Select,
  Skeleton,
  QueryState,
} from '@homechef/ui';
import { AUDIT_ACTION_LABELS } from '@homechef/validators';
import {
  AUDIT_ACTIONS,
  AUDIT_TARGET_TYPES,
  type AuditTargetType,
} from '@homechef/validators/constants';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { Cell, LoadMore, Table } from '../table/table.tsx';

const asTargetType = (value: string): AuditTargetType | '' =>
  AUDIT_TARGET_TYPES.find((t) => t === value) ?? '';

/** `YYYY-MM-DD` from a date input as the start of that day, local time. */
const dayStart = (value: string) => (value ? new Date(`${value}T00:00:00`) : undefined);
const dayAfter = (value: string) => {
  const start = dayStart(value);
  return start ? new Date(start.getTime() + 86_400_000) : undefined;
};

export function AuditLog() {
  const trpc = useTRPC();
  const [action, setAction] = useState('');
  const [targetType, setTargetType] = useState<AuditTargetType | ''>('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const fromDate = dayStart(from);
  const toDate = dayAfter(to);
  const rangeError = fromDate && toDate && fromDate >= toDate ? '“To” must be after “from”' : null;
  const log = useInfiniteQuery(
    trpc.admin.auditLog.infiniteQueryOptions(
      {
        limit: 25,
        ...(action ? { action } : {}),
        ...(targetType ? { targetType } : {}),
        ...(fromDate ? { from: fromDate } : {}),
        ...(toDate && !rangeError ? { to: toDate } : {}),
      },
      {
        getNextPageParam: (page) => page.nextCursor ?? undefined,
        placeholderData: keepPreviousData,
      },
    ),
  );
  const entries = log.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <div className="space-y-6">
      <PageHeader
        eyebrow="Operations"
        title="Audit log"
        description="Every admin action, who took it and why. The log is append-only."
      />
      <div className="grid gap-4 sm:grid-cols-4">
        <Field label="Action">
          <Select value={action} onChange={(e) => setAction(e.target.value)}>
            <option value="">All actions</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {AUDIT_ACTION_LABELS[a]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Target">
          <Select value={targetType} onChange={(e) => setTargetType(asTargetType(e.target.value))}>
            <option value="">Everything</option>
            <option value="chef">Kitchens</option>
            <option value="user">Users</option>
          </Select>
        </Field>
        <Field label="From">
          <Input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </Field>
        <Field label="To" error={rangeError}>
          <Input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </Field>
      </div>
      <QueryState
        query={log}
        loading={<Skeleton className="h-72 rounded-2xl" />}
        isEmpty={() => entries.length === 0}
        empty={
          <EmptyState
            icon={<HistoryIcon />}
            title="Nothing recorded"
            description="No admin action matches these filters."
          />
        }
      >
        {() => (
          <div className="space-y-4">
            <Table
              caption="Admin actions, newest first"
              columns={['When', 'Admin', 'Action', 'Target', 'Reason', 'Change']}
            >
              {entries.map((entry) => (
                <tr key={entry.id} data-testid="audit-row">
                  <Cell className="whitespace-nowrap text-stone-600">
                    {new Intl.DateTimeFormat('en-US', {
                      dateStyle: 'medium',
                      timeStyle: 'short',
                    }).format(entry.createdAt)}
                  </Cell>
                  <Cell>{entry.admin.name}</Cell>
                  <Cell>
                    <Badge tone={/reject|suspend/.test(entry.action) ? 'danger' : 'accent'}>
                      {entry.actionLabel}
                    </Badge>
                  </Cell>
                  <Cell>
                    {entry.targetType === 'chef' ? (
                      <Link
                        href={`/kitchens/${entry.targetId}`}
                        className="font-medium hover:underline"
                      >
                        {entry.targetLabel ?? entry.targetId}
                      </Link>
                    ) : (
                      <span>{entry.targetLabel ?? entry.targetId}</span>
                    )}
                    <p className="text-xs text-stone-500">{entry.targetType}</p>
                  </Cell>
                  <Cell className="max-w-xs text-stone-700">{entry.reason ?? '—'}</Cell>
                  <Cell>
                    <details>
                      <summary className="cursor-pointer text-xs font-medium text-accent-ink">
                        Before / after
                      </summary>
                      <pre className="mt-2 max-w-xs overflow-x-auto rounded-lg bg-stone-50 p-2 text-xs">
                        {JSON.stringify({ before: entry.before, after: entry.after }, null, 2)}
                      </pre>
                    </details>
                  </Cell>
                </tr>
              ))}
            </Table>
            <LoadMore
              count={entries.length}
              noun="entries"
              hasMore={log.hasNextPage}
              loading={log.isFetchingNextPage}
              onLoad={() => void log.fetchNextPage()}
            />
          </div>
        )}
      </QueryState>
    </div>
  );
}
