import { Suspense, use, type ElementType, type ReactNode } from 'react';
import type { Role } from './app-shell.tsx';
import { buttonClasses } from './button.tsx';
import { Card } from './card.tsx';
import { EmptyState } from './empty-state.tsx';
import { SearchIcon } from './icons.tsx';
import { Skeleton } from './skeleton.tsx';

export interface NotFoundPageProps {
  /** What this app says about a missing page, and its way back home. */
  description: ReactNode;
  back: ReactNode;
  linkComponent?: ElementType;
}

/** The body of every app's 404 page. */
export function NotFoundPage({
  description,
  back,
  linkComponent: LinkComponent = 'a',
}: NotFoundPageProps) {
  return (
    <EmptyState
      className="mx-auto max-w-xl"
      icon={<SearchIcon />}
      title="Page not found"
      description={description}
      action={
        <LinkComponent href="/" className={buttonClasses()}>
          {back}
        </LinkComponent>
      }
    />
  );
}

/** What `health.ping` reports. */
export interface ApiPing {
  db: string;
  bus: string;
}

/** One line on the API: reachable, and on which database and bus. Suspends until `ping` settles. */
export function ApiStatusLine({ ping }: { ping: Promise<ApiPing | null> }) {
  const result = use(ping);
  if (!result) {
    return (
      <p data-testid="api-status" className="flex items-center gap-2 text-sm text-red-700">
        <span aria-hidden="true" className="size-2.5 rounded-full bg-red-500" />
        API unreachable · some features are unavailable
      </p>
    );
  }
  return (
    <p data-testid="api-status" className="flex items-center gap-2 text-sm text-stone-700">
      <span aria-hidden="true" className="size-2.5 rounded-full bg-emerald-500" />
      API online · database: {result.db} · bus: {result.bus}
    </p>
  );
}

export interface ServiceStatusCardProps {
  /** `health.ping`, or null when the API cannot be reached. */
  ping: Promise<ApiPing | null>;
  /** The live connection indicator (a client component). */
  live: ReactNode;
}

/** Server data and the live connection, side by side. */
export function ServiceStatusCard({ ping, live }: ServiceStatusCardProps) {
  return (
    <Card title="Service status" description="What this app can reach right now.">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <Suspense fallback={<Skeleton className="h-5 w-64" />}>
          <ApiStatusLine ping={ping} />
        </Suspense>
        {live}
      </div>
    </Card>
  );
}

export interface AccountOverviewProps {
  user: {
    name: string;
    email: string;
    phone: string | null;
    role: Role;
    createdAt: Date;
  };
  /** The sign-out control (a client component). */
  signOut?: ReactNode;
}

const ROLE_TITLES: Record<Role, string> = {
  customer: 'Customer',
  chef: 'Chef',
  driver: 'Driver',
  admin: 'Administrator',
};

/** The signed-in user's profile as the API reports it. */
export function AccountOverview({ user, signOut }: AccountOverviewProps) {
  const rows: Array<[string, ReactNode]> = [
    ['Name', user.name],
    ['Email', user.email],
    ['Phone', user.phone ?? <span className="text-stone-500">Not added</span>],
    ['Account type', ROLE_TITLES[user.role]],
    [
      'Member since',
      new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
        user.createdAt,
      ),
    ],
  ];
  return (
    <Card title="Profile" description="Your details as HomeChef has them." action={signOut}>
      <dl data-testid="account-details" className="divide-y divide-stone-100">
        {rows.map(([label, value]) => (
          <div key={label} className="grid gap-1 py-3 first:pt-0 last:pb-0 sm:grid-cols-3 sm:gap-4">
            <dt className="text-sm font-medium text-stone-500">{label}</dt>
            <dd className="text-sm text-stone-900 sm:col-span-2">{value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
