'use client';

import { useTRPC } from '@homechef/app-kit/react';
import { Badge, EmptyState, Field, HistoryIcon, Input, Skeleton } from '@homechef/ui';
import { AUDIT_ACTION_LABELS } from '@homechef/validators';
import { useInfiniteQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { SelectFilters, useChoices } from '../table/filters.tsx';
import { listInput, startOfDay } from '../table/list-input.ts';
import { ListPage } from '../table/list-page.tsx';
import { filteredByCursor } from '../table/paging.ts';
import { Cell } from '../table/table.tsx';

/** The log's selects; of the targets, only kitchens and users can be picked. */
const FILTERS = {
  action: { label: 'Action', all: 'All actions', labels: AUDIT_ACTION_LABELS },
  targetType: { label: 'Target', all: 'Everything', labels: { chef: 'Kitchens', user: 'Users' } },
} as const;

export function AuditLog() {
  const trpc = useTRPC();
  const [choices, setChoices] = useChoices(FILTERS);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const fromDate = startOfDay(from);
  const toDate = startOfDay(to, 1);
  const rangeError = fromDate && toDate && fromDate >= toDate ? '“To” must be after “from”' : null;
  const log = useInfiniteQuery(
    trpc.admin.auditLog.infiniteQueryOptions(
      listInput({ ...choices, from: fromDate, to: rangeError ? undefined : toDate }),
      filteredByCursor,
    ),
  );

  return (
    <ListPage
      title="Audit log"
      description="Every admin action, who took it and why. The log is append-only."
      filterColumns="sm:grid-cols-4"
      filters={
        <>
          <SelectFilters filters={FILTERS} value={choices} onChange={setChoices} />
          <Field label="From">
            <Input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
          </Field>
          <Field label="To" error={rangeError}>
            <Input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
          </Field>
        </>
      }
      query={log}
      caption="Admin actions, newest first"
      columns={['When', 'Admin', 'Action', 'Target', 'Reason', 'Change']}
      noun="entries"
      loading={<Skeleton className="h-72 rounded-2xl" />}
      empty={
        <EmptyState
          icon={<HistoryIcon />}
          title="Nothing recorded"
          description="No admin action matches these filters."
        />
      }
      row={(entry) => (
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
              <Link href={`/kitchens/${entry.targetId}`} className="font-medium hover:underline">
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
      )}
    />
  );
}
