'use client';

import { navLinkClasses } from '@homechef/ui';
import type { Route } from 'next';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';

/** A header link; `Route` is checked against the routes of the app that compiles this. */
export interface NavItem {
  href: Route;
  label: string;
  /** Shown after the label, e.g. a live count (a client component). */
  badge?: ReactNode;
}

/** The header links, the current section highlighted. */
export function AppNav({ items }: { items: ReadonlyArray<NavItem> }) {
  const pathname = usePathname();
  return items.map((item) => {
    const active = item.href === '/' ? pathname === '/' : pathname.startsWith(item.href);
    return (
      <Link
        key={item.href}
        href={item.href}
        aria-current={active ? 'page' : undefined}
        className={`${navLinkClasses(active)} shrink-0`}
      >
        {item.label}
        {item.badge}
      </Link>
    );
  });
}
