'use client';

import { navLinkClasses } from '@homechef/ui';
import type { Route } from 'next';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

/** The header links, the current section highlighted. */
export function AppNav({ items }: { items: ReadonlyArray<{ href: string; label: string }> }) {
  const pathname = usePathname();
  return items.map((item) => {
    const active = item.href === '/' ? pathname === '/' : pathname.startsWith(item.href);
    return (
      <Link
        key={item.href}
        // Typed routes exist only when an app compiles this file; here Route is a string.
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
        href={item.href as Route}
        aria-current={active ? 'page' : undefined}
        className={`${navLinkClasses(active)} shrink-0`}
      >
        {item.label}
      </Link>
    );
  });
}
