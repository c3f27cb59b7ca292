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
  title: { default: 'HomeChef · Home-cooked meals near you', template: '%s · HomeChef' },
  description: 'Order home-cooked meals from verified kitchens in your neighbourhood.',
  applicationName: 'HomeChef',
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#dc4418',
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
            appName="HomeChef"
            role="customer"
            linkComponent={Link}
            footer={<p>© HomeChef · Home-cooked food from your neighbours, delivered.</p>}
          >
            {children}
          </AppShell>
        </TRPCReactProvider>
      </body>
    </html>
  );
}
