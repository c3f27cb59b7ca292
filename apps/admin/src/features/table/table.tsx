import { Button, cn, QueryState, SkeletonStack, type QueryLike } from '@homechef/ui';
import type { InfiniteData } from '@tanstack/react-query';
import type { ReactNode } from 'react';

/** A bordered table that scrolls sideways on a phone. */
export function Table({
  caption,
  columns,
  children,
}: {
  caption: string;
  columns: string[];
  children: ReactNode;
}) {
  return (
    <div className="overflow-x-auto rounded-2xl border border-stone-200 bg-white shadow-sm shadow-stone-900/5">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-stone-200 bg-stone-50 text-xs font-semibold tracking-wide text-stone-500 uppercase">
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className="px-4 py-3 whitespace-nowrap sm:px-5">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">{children}</tbody>
      </table>
    </div>
  );
}

export function Cell({ children, className }: { children: ReactNode; className?: string }) {
  return <td className={cn('px-4 py-3 align-top sm:px-5', className)}>{children}</td>;
}

/** The part of an infinite query's result `PagedTable` reads. */
export interface PagedQuery<T> extends QueryLike<InfiniteData<{ items: T[] }>> {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

export interface PagedTableProps<T> {
  query: PagedQuery<T>;
  caption: string;
  columns: string[];
  /** What the items are called in "Showing 25 kitchens". */
  noun: string;
  loading: ReactNode;
  errorTitle?: string;
  empty: ReactNode;
  /** One `<tr>` (with its key) per item. */
  row: (item: T) => ReactNode;
}

/**
 * A cursor-paged list as a table: `loading` until the first page is in, the error with a
 * retry, `empty` when nothing matches, else one `row` per item and "Load more" under them.
 */
export function PagedTable<T>({
  query,
  caption,
  columns,
  noun,
  loading,
  errorTitle,
  empty,
  row,
}: PagedTableProps<T>) {
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <QueryState
      query={query}
      loading={loading}
      errorTitle={errorTitle}
      isEmpty={() => items.length === 0}
      empty={empty}
    >
      {() => (
        <div className="space-y-4">
          <Table caption={caption} columns={columns}>
            {items.map((item) => row(item))}
          </Table>
          <LoadMore
            count={items.length}
            noun={noun}
            hasMore={query.hasNextPage}
            loading={query.isFetchingNextPage}
            onLoad={() => void query.fetchNextPage()}
          />
        </div>
      )}
    </QueryState>
  );
}

/** "Load more" under a cursor-paged list, or the end of it. */
function LoadMore({
  hasMore,
  loading,
  onLoad,
  count,
  noun,
}: {
  hasMore: boolean;
  loading: boolean;
  onLoad: () => void;
  count: number;
  noun: string;
}) {
  return (
    <div className="flex items-center justify-between gap-3 text-sm text-stone-500">
      <span>
        Showing {count} {noun}
      </span>
      {hasMore ? (
        <Button variant="secondary" loading={loading} onClick={onLoad}>
          Load more
        </Button>
      ) : (
        <span>That’s everything.</span>
      )}
    </div>
  );
}

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "3 days ago", with the exact time on hover and for screen readers. */
export function TimeAgo({ date, now }: { date: Date; now: number }) {
  const minutes = Math.round((date.getTime() - now) / 60_000);
  const text =
    Math.abs(minutes) < 60
      ? relative.format(minutes, 'minute')
      : Math.abs(minutes) < 60 * 48
        ? relative.format(Math.round(minutes / 60), 'hour')
        : relative.format(Math.round(minutes / 1440), 'day');
  return (
    <time dateTime={date.toISOString()} title={date.toLocaleString('en-US')}>
      {text}
    </time>
  );
}

/** Rows of grey bars while a list's first page loads. */
export function TableSkeleton({ label, rows = 4 }: { label: string; rows?: number }) {
  return (
    <SkeletonStack
      label={label}
      blocks={Array.from({ length: rows }, () => 'h-14 rounded-xl')}
      className="space-y-2"
    />
  );
}
