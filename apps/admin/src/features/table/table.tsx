import { Button, cn } from '@homechef/ui';
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

/** "Load more" under a cursor-paged list, or the end of it. */
export function LoadMore({
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
