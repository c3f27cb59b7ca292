'use client';

import type { ClientSession } from '../auth/session.ts';
import { AuthSessionProvider, useAuthSession } from '../auth/react.tsx';
import { ToastProvider } from '@homechef/ui';
import type { ReactNode } from 'react';
import { TRPCReactProvider } from '../api/react.tsx';

export interface AppProvidersProps {
  /** The session the root layout read from the cookie; null when signed out. */
  session: ClientSession | null;
  httpUrl: string;
  wsUrl: string;
  ssrHttpUrl: string;
  children: ReactNode;
}

/** The browser side of every app: the session, and API clients that carry its token. */
export function AppProviders({ session, children, ...urls }: AppProvidersProps) {
  return (
    <AuthSessionProvider session={session}>
      <ApiWithSession {...urls}>
        <ToastProvider>{children}</ToastProvider>
      </ApiWithSession>
    </AuthSessionProvider>
  );
}

function ApiWithSession({ children, ...urls }: Omit<AppProvidersProps, 'session'>) {
  const { session, getAccessToken, renew } = useAuthSession();
  return (
    <TRPCReactProvider
      {...urls}
      getAccessToken={getAccessToken}
      accessToken={session?.accessToken ?? null}
      // Refused although renewed on time: the session was revoked elsewhere. Renewing now
      // confirms it (and signs the user out) or repairs it.
      onUnauthorized={() => void renew({ force: true })}
    >
      {children}
    </TRPCReactProvider>
  );
}
