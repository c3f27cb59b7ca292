import type { ElementType, ReactNode } from 'react';
import { buttonClasses } from './button.tsx';
import { cn, focusRing } from './cn.ts';

export interface UserMenuProps {
  name: string;
  /** Secondary line, e.g. the email address. */
  detail?: string;
  /** Where the name links to (the account page). */
  href: string;
  /** The sign-out control (a client component). */
  signOut: ReactNode;
  linkComponent?: ElementType;
  /**
   * Only the initials until very wide screens: for headers whose navigation needs the room
   * (the name stays in the link's accessible name and tooltip).
   */
  compact?: boolean;
}

/** The signed-in corner of the header: who is signed in, and a way out. */
export function UserMenu({
  name,
  detail,
  href,
  signOut,
  linkComponent: LinkComponent = 'a',
  compact = false,
}: UserMenuProps) {
  return (
    <div className="flex items-center gap-2 sm:gap-3" data-testid="user-menu">
      <LinkComponent
        href={href}
        title={compact ? name : undefined}
        className={cn(
          'flex min-w-0 items-center gap-2.5 rounded-xl py-1 pr-2 pl-1 hover:bg-stone-100',
          focusRing,
        )}
      >
        <span
          aria-hidden="true"
          className="grid size-9 shrink-0 place-items-center rounded-full bg-accent-soft text-sm font-semibold text-accent-ink ring-1 ring-accent/20"
        >
          {initials(name)}
        </span>
        <span
          className={cn('hidden min-w-0 flex-col leading-tight', compact ? '2xl:flex' : 'sm:flex')}
        >
          <span className="max-w-40 truncate text-sm font-semibold text-stone-900">{name}</span>
          {detail ? (
            <span className="max-w-40 truncate text-xs text-stone-500">{detail}</span>
          ) : null}
        </span>
        <span className={cn('sr-only', compact ? '2xl:hidden' : 'sm:hidden')}>
          {name}, your account
        </span>
      </LinkComponent>
      {signOut}
    </div>
  );
}

export interface SignedOutActionsProps {
  signInHref: string;
  /** Left out where people cannot create their own account. */
  signUpHref?: string | undefined;
  linkComponent?: ElementType;
}

export function SignedOutActions({
  signInHref,
  signUpHref,
  linkComponent: LinkComponent = 'a',
}: SignedOutActionsProps) {
  return (
    <div className="flex items-center gap-2">
      <LinkComponent href={signInHref} className={buttonClasses({ variant: 'ghost', size: 'sm' })}>
        Sign in
      </LinkComponent>
      {signUpHref ? (
        // Both fit beside the brand from 320 px up: sign-up is the one a newcomer needs.
        <LinkComponent href={signUpHref} className={buttonClasses({ size: 'sm' })}>
          Sign up
        </LinkComponent>
      ) : null}
    </div>
  );
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return (
    letters
      .map((part) => part?.[0] ?? '')
      .join('')
      .toUpperCase() || '?'
  );
}
