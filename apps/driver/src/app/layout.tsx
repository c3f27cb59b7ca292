import { TRPCReactProvider } from '@homechef/client/react';
import { AppShell } from '@homechef/ui';
import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { ServiceWorkerRegistration } from '~/components/service-worker.tsx';
import { env } from '~/env.ts';
import './globals.css';

// The API URLs come from the environment at request time, so never prerender.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: { default: 'HomeChef Driver', template: '%s · HomeChef Driver' },
  description: 'Deliver home-cooked meals with HomeChef.',
  applicationName: 'HomeChef Driver',
  appleWebApp: { capable: true, title: 'HC Driver', statusBarStyle: 'default' },
  icons: { apple: '/icons/apple-touch-icon.png' },
  formatDetection: { telephone: false },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  viewportFit: 'cover',
  themeColor: '#1d4ed8',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <ServiceWorkerRegistration />
        <TRPCReactProvider
          httpUrl={env.PUBLIC_API_URL}
          wsUrl={env.PUBLIC_WS_URL}
          ssrHttpUrl={`${env.API_URL}/trpc`}
        >
          <AppShell appName="HomeChef Driver" role="driver" linkComponent={Link}>
            {children}
          </AppShell>
        </TRPCReactProvider>
      </body>
    </html>
  );
}
