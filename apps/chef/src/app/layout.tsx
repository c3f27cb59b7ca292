import { TRPCReactProvider } from '@homechef/client/react';
import { AppShell } from '@homechef/ui';
import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { env } from '~/env.ts';
import './globals.css';

// The API URLs come from the environment at request time, so never prerender.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: { default: 'HomeChef Kitchen', template: '%s · HomeChef Kitchen' },
  description: 'Run your home kitchen on HomeChef: orders, menu and payouts.',
  applicationName: 'HomeChef Kitchen',
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#047857',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <TRPCReactProvider
          httpUrl={env.PUBLIC_API_URL}
          wsUrl={env.PUBLIC_WS_URL}
          ssrHttpUrl={`${env.API_URL}/trpc`}
        >
          <AppShell
            appName="HomeChef Kitchen"
            role="chef"
            linkComponent={Link}
            footer={<p>© HomeChef · Questions about your kitchen? Contact chef support.</p>}
          >
            {children}
          </AppShell>
        </TRPCReactProvider>
      </body>
    </html>
  );
}
