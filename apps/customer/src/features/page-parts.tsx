'use client';

import { ArrowLeftIcon, Button } from '@homechef/ui';
import Link from 'next/link';
import type { ComponentProps, ReactNode } from 'react';

/** The "← Back to …" link above a page's content. */
export function BackLink({
  href,
  children,
}: {
  href: ComponentProps<typeof Link>['href'];
  children: ReactNode;
}) {
  return (
    <Link
      href={href}
      className="inline-flex items-center gap-1.5 text-sm font-medium text-stone-600 hover:text-stone-900"
    >
      <ArrowLeftIcon aria-hidden="true" /> {children}
    </Link>
  );
}

/** The next page of an infinite list, on request. */
export function LoadMore({
  query,
  label,
}: {
  query: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };
  label: string;
}) {
  if (!query.hasNextPage) return null;
  return (
    <div className="flex justify-center">
      <Button
        variant="secondary"
        loading={query.isFetchingNextPage}
        onClick={() => void query.fetchNextPage()}
      >
        {label}
      </Button>
    </div>
  );
}
