import 'server-only';

import {
  AccountOverview,
  Alert,
  AppShell,
  NotFoundPage,
  PageHeader,
  SignedOutActions,
  UserMenu,
} from '@homechef/ui';
import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import NextTopLoader from 'nextjs-toploader';
import { cache, type ReactNode } from 'react';
import { apiErrorCode } from '../api/errors.ts';
import { createServerTRPC } from '../api/server.ts';
import { SignOutButton } from '../auth/react.tsx';
import { AuthScreen } from '../auth/screens.tsx';
import { createAuthHandlers, readSession } from '../auth/server.ts';
import { createAuthOptions } from '../auth/options.ts';
import type { AppEnv, AppName } from '../env.ts';
import { APPS } from './copy.ts';
import { ServiceStatus } from './service-status.tsx';
import { AppNav, type NavItem } from './nav.tsx';
import { AccountSettings } from './account/account-settings.tsx';
import { PayoutsCard, type PayoutsCardProps } from './payouts/payouts-card.tsx';
import { AppProviders } from './providers.tsx';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export interface AppKitOptions {
  app: AppName;
  /** The app's validated environment (its `src/env.ts`). */
  env: () => AppEnv;
  /** Header links of the signed-in app, its home page first. */
  nav?: ReadonlyArray<NavItem>;
  /** Shown in the header before the account menu on every page, signed in or not (a cart). */
  headerActions?: ReactNode;
}

/**
 * Everything the four apps share, bound to one app: its next-auth handlers, the session of
 * the current request, a server-side API client that carries the session's token, and the
 * root layout and pages whose route files are one-line wrappers in each app.
 */
export function createAppKit({ app, env, nav, headerActions }: AppKitOptions) {
  const info = APPS[app];
  // Signed out of the customer app you can still browse; the others are all behind sign-in.
  const afterSignOut = app === 'customer' ? '/' : '/sign-in?reason=signed-out';

  let options: ReturnType<typeof createAuthOptions> | undefined;
  const authOptions = () =>
    (options ??= createAuthOptions({
      app,
      apiUrl: env().API_URL,
      secret: env().NEXTAUTH_SECRET,
      secureCookies: env().secureCookies,
    }));

  /** The signed-in user of this request (read once per request). */
  const auth = cache(() => readSession(app, env()));

  const api = createServerTRPC({
    httpUrl: () => `${env().API_URL}/trpc`,
    getAccessToken: async () => (await auth())?.accessToken,
  });

  const metadata: Metadata = {
    title: { default: info.title, template: `%s · ${info.name}` },
    description: info.description,
    applicationName: info.name,
  };
  const viewport: Viewport = {
    width: 'device-width',
    initialScale: 1,
    themeColor: info.themeColor,
  };

  async function RootLayout({ children }: { children: ReactNode }) {
    const settings = env();
    const session = await auth();
    return (
      <html lang="en">
        <body>
          {/*
           * Pages render their data on the server, so a click waits for the next page: a thin
           * bar says the app is on its way (no route-wide loading.tsx, which would turn an
           * unknown kitchen's 404 into a 200).
           */}
          <NextTopLoader
            color="var(--color-brand-600)"
            height={3}
            showSpinner={false}
            shadow={false}
            template='<div class="bar" role="bar" aria-hidden="true"><div class="peg"></div></div>'
          />
          <AppProviders
            session={session?.forBrowser ?? null}
            httpUrl={settings.PUBLIC_API_URL}
            wsUrl={settings.PUBLIC_WS_URL}
            ssrHttpUrl={`${settings.API_URL}/trpc`}
          >
            <AppShell
              appName={info.name}
              role={app}
              linkComponent={Link}
              nav={session && nav ? <AppNav items={nav} /> : undefined}
              footer={info.footer ? <p>{info.footer}</p> : undefined}
              actions={
                <>
                  {headerActions}
                  {session ? (
                    <UserMenu
                      name={session.user.name}
                      detail={session.user.email}
                      href="/account"
                      linkComponent={Link}
                      compact={(nav?.length ?? 0) > 6}
                      signOut={<SignOutButton to={afterSignOut} variant="ghost" compact />}
                    />
                  ) : (
                    <SignedOutActions
                      signInHref="/sign-in"
                      signUpHref={info.selfSignUp ? '/sign-up' : undefined}
                      linkComponent={Link}
                    />
                  )}
                </>
              }
            >
              {children}
            </AppShell>
          </AppProviders>
        </body>
      </html>
    );
  }

  async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
    return <AuthScreen app={app} env={env()} mode="sign-in" searchParams={await searchParams} />;
  }

  async function SignUpPage({ searchParams }: { searchParams: SearchParams }) {
    return <AuthScreen app={app} env={env()} mode="sign-up" searchParams={await searchParams} />;
  }

  /** The signed-in user's profile, fetched from the API with their token (`auth.me`). */
  async function AccountPage() {
    const header = (
      <PageHeader
        eyebrow="Account"
        title="Your account"
        description="The details HomeChef holds about you."
      />
    );
    let user;
    try {
      user = await api.client.auth.me.query();
    } catch (error) {
      if (apiErrorCode(error) !== 'UNAUTHORIZED') throw error;
      return (
        <div className="mx-auto max-w-3xl">
          {header}
          <Alert tone="error" title="Your session has ended">
            <p className="mb-3">You were signed out on another device, or your account changed.</p>
            <SignOutButton to="/sign-in?reason=session-expired" variant="primary" />
          </Alert>
        </div>
      );
    }
    return (
      <div className="mx-auto max-w-3xl">
        {header}
        <AccountOverview user={user} signOut={<SignOutButton to={afterSignOut} />} />
        <AccountSettings user={user} addresses={app === 'customer'} />
      </div>
    );
  }

  /**
   * `/payouts` (where Stripe sends someone whose link expired) and `/payouts/return` (where
   * Stripe's form sends them back, finished or not) in the chef and driver apps.
   */
  async function PayoutsPage({
    returned = false,
    noProfile,
  }: {
    returned?: boolean;
    noProfile: PayoutsCardProps['noProfile'];
  }) {
    if (app !== 'chef' && app !== 'driver') return <NotFound />;
    await api.prefetch(api.trpc.payments.accountStatus.queryOptions());
    return (
      <div className="mx-auto max-w-2xl">
        <PageHeader
          eyebrow="Payouts"
          title={returned ? 'Back from Stripe' : 'Payouts'}
          description={
            app === 'chef'
              ? 'How customers pay your kitchen and how your earnings reach your bank.'
              : 'How your delivery fees and tips reach your bank.'
          }
        />
        <api.HydrateClient>
          <PayoutsCard kind={app} returned={returned} noProfile={noProfile} />
        </api.HydrateClient>
        <p className="mt-6 text-sm">
          <Link href="/" className="font-medium text-accent-ink underline">
            {app === 'chef' ? 'Back to your dashboard' : 'Back to deliveries'}
          </Link>
        </p>
      </div>
    );
  }

  function NotFound() {
    return <NotFoundPage {...info.notFound} linkComponent={Link} />;
  }

  /** `health.ping` from the server beside the browser's live socket. */
  function Status() {
    return <ServiceStatus api={api} />;
  }

  return {
    app,
    env,
    auth,
    authHandlers: createAuthHandlers(authOptions),
    ...api,
    metadata,
    viewport,
    RootLayout,
    SignInPage,
    SignUpPage,
    AccountPage,
    PayoutsPage,
    NotFound,
    ServiceStatus: Status,
  };
}
