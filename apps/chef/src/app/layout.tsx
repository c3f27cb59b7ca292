import type { ReactNode } from 'react';
import { homechef } from '~/homechef.ts';
import { KitchenQueueProvider } from '~/features/orders/live.tsx';
import './globals.css';

// The API URLs and the session come with each request: never prerender.
export const dynamic = 'force-dynamic';
export const metadata = homechef.metadata;
export const viewport = homechef.viewport;

/** Every page of the chef app, with the kitchen's live order stream around it. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <homechef.RootLayout>
      <KitchenQueueProvider>{children}</KitchenQueueProvider>
    </homechef.RootLayout>
  );
}
