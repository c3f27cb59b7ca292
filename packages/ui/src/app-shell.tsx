import type { ElementType, ReactNode } from 'react';
import { cn, focusRing } from './cn.ts';
import { LogoMark } from './icons.tsx';

export type Role = 'customer' | 'chef' | 'driver' | 'admin';

export interface AppShellProps {
  /** Shown in the header, e.g. "HomeChef Kitchen". */
  appName: string;
  /** Picks the accent colour of the whole app. */
  role: Role;
  nav?: ReactNode;
  /** Right side of the header (status, account menu). */
  actions?: ReactNode;
  footer?: ReactNode;
  children: ReactNode;
  /** Link component for the brand link, e.g. Next's `Link`; a plain anchor by default. */
  linkComponent?: ElementType;
}

export function AppShell({
  appName,
  role,
  nav,
  actions,
  footer,
  children,
  linkComponent: LinkComponent = 'a',
}: AppShellProps) {
  const [brand, ...rest] = appName.split(' ');
  const product = rest.join(' ');
  return (
    <div data-role={role} className="flex min-h-dvh flex-col bg-stone-50 text-stone-900">
      <a
        href="#main"
        className={cn(
          'sr-only rounded-md bg-white px-3 py-2 text-sm font-medium shadow focus:not-sr-only focus:absolute focus:top-3 focus:left-3 focus:z-50',
          focusRing,
        )}
      >
        Skip to content
      </a>
      <header className="sticky top-0 z-30 border-b border-stone-200/80 bg-white/90 backdrop-blur supports-[backdrop-filter]:bg-white/75">
        <div className="mx-auto flex h-16 w-full max-w-6xl items-center gap-6 px-4 sm:px-6">
          <LinkComponent
            href="/"
            className={cn('flex shrink-0 items-center gap-2.5 rounded-md', focusRing)}
          >
            <span className="grid size-9 place-items-center rounded-xl bg-accent text-xl text-accent-contrast shadow-sm">
              <LogoMark />
            </span>
            <span className="text-lg font-semibold tracking-tight">
              {brand}
              {product ? <span className="font-medium text-accent"> {product}</span> : null}
            </span>
          </LinkComponent>
          {nav ? (
            // Scrolls sideways rather than running under the account menu when the links are many
            // (the padding leaves room for the focus outline).
            <nav
              aria-label="Main"
              className="hidden min-w-0 items-center gap-1 overflow-x-auto p-1 text-sm [scrollbar-width:thin] md:flex"
            >
              {nav}
            </nav>
          ) : null}
          {actions ? <div className="ml-auto flex items-center gap-3">{actions}</div> : null}
        </div>
        {nav ? (
          // On a phone the links get their own row, scrolling sideways when they must.
          <nav
            aria-label="Main"
            className="mx-auto flex w-full max-w-6xl gap-1 overflow-x-auto px-3 pb-2 text-sm md:hidden"
          >
            {nav}
          </nav>
        ) : null}
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6 sm:py-10">
        {children}
      </main>
      {footer ? (
        <footer className="border-t border-stone-200 bg-white">
          <div className="mx-auto w-full max-w-6xl px-4 py-6 text-sm text-stone-500 sm:px-6">
            {footer}
          </div>
        </footer>
      ) : null}
    </div>
  );
}

/** Classes for a header navigation link; pass `active` for the current page. */
export function navLinkClasses(active = false): string {
  return cn(
    'shrink-0 rounded-lg px-3 py-2 font-medium whitespace-nowrap transition-colors',
    active
      ? 'bg-accent-soft text-accent-ink'
      : 'text-stone-600 hover:bg-stone-100 hover:text-stone-900',
    focusRing,
  );
}
