import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { ServiceWorkerRegistration } from '~/features/pwa/service-worker.tsx';
import { homechef } from '~/homechef.ts';
import './globals.css';

// The API URLs and the session come with each request: never prerender.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  ...homechef.metadata,
  appleWebApp: { capable: true, title: 'HC Driver', statusBarStyle: 'default' },
  icons: { apple: '/icons/apple-touch-icon.png' },
  formatDetection: { telephone: false },
};

export const viewport: Viewport = { ...homechef.viewport, viewportFit: 'cover' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <homechef.RootLayout>
      <ServiceWorkerRegistration />
      {children}
    </homechef.RootLayout>
  );
}
