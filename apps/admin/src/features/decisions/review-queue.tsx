'use client';

import { Badge, buttonClasses, PageHeader, tagLabel } from '@homechef/ui';
import Link from 'next/link';
import { useState, type ReactNode } from 'react';
import { Cell, PagedTable, TableSkeleton, TimeAgo, type PagedQuery } from '../table/table.tsx';

/** What the queue reads of a kitchen or driver waiting for review. */
interface Submitted {
  id: string;
  submittedAt: Date | null;
  documents: ReadonlyArray<{ id: string; kind: string; status?: string }>;
}

/** What differs in the frame of the two queues, besides what the page passes. */
const KINDS = {
  drivers: { one: 'Driver', queue: 'the driver queue', rowTestId: 'driver-queue-row' },
  kitchens: { one: 'Kitchen', queue: 'the queue', rowTestId: 'queue-row' },
} as const;

/**
 * Drivers or kitchens waiting for a decision, oldest first: who, what they sent, whether
 * Stripe is ready, and a link to their review page at `/<kind>/<id>`.
 */
export function ReviewQueue<T extends Submitted>({
  query,
  kind,
  title,
  description,
  empty,
  name,
  detail,
  second,
  payoutsReady,
}: {
  query: PagedQuery<T>;
  kind: keyof typeof KINDS;
  title: string;
  description: string;
  empty: ReactNode;
  name: (item: T) => string;
  /** The small line under the name. */
  detail: (item: T) => ReactNode;
  /** The second column: its heading and its cell. */
  second: { heading: string; cell: (item: T) => ReactNode };
  payoutsReady: (item: T) => boolean;
}) {
  const { one, queue, rowTestId } = KINDS[kind];
  const path = `/${kind}` as const;
  const [now] = useState(() => Date.now());
  return (
    <div className="space-y-8">
      <PageHeader eyebrow="Operations" title={title} description={description} />
      <PagedTable
        query={query}
        caption={`${one}s waiting for review, oldest first`}
        columns={[one, second.heading, 'Submitted', 'Documents', 'Payouts', '']}
        noun={kind}
        loading={<TableSkeleton label={`Loading ${queue}`} />}
        errorTitle={`We couldn’t load ${queue}`}
        empty={empty}
        row={(item) => (
          <tr key={item.id} data-testid={rowTestId}>
            <Cell>
              <Link
                href={`${path}/${item.id}`}
                className="font-semibold text-stone-900 hover:underline"
              >
                {name(item)}
              </Link>
              <p className="text-xs text-stone-500">{detail(item)}</p>
            </Cell>
            {second.cell(item)}
            <Cell className="whitespace-nowrap">
              {item.submittedAt ? <TimeAgo date={item.submittedAt} now={now} /> : '—'}
            </Cell>
            <Cell>
              <div className="flex flex-wrap gap-1">
                {item.documents.length === 0 ? (
                  <Badge tone="danger">None</Badge>
                ) : (
                  item.documents.map((d) => (
                    <Badge key={d.id} tone={d.status === 'rejected' ? 'danger' : 'neutral'}>
                      {tagLabel(d.kind)}
                    </Badge>
                  ))
                )}
              </div>
            </Cell>
            <Cell>
              {payoutsReady(item) ? (
                <Badge tone="success">Ready</Badge>
              ) : (
                <Badge tone="warning">Not set up</Badge>
              )}
            </Cell>
            <Cell className="text-right">
              <Link
                href={`${path}/${item.id}`}
                className={buttonClasses({ size: 'sm', variant: 'secondary' })}
              >
                Review<span className="sr-only"> {name(item)}</span>
              </Link>
            </Cell>
          </tr>
        )}
      />
    </div>
  );
}
