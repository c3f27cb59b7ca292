import { homechef } from '~/homechef.ts';
import './globals.css';

// The API URLs and the session come with each request: never prerender.
export const dynamic = 'force-dynamic';
export const metadata = homechef.metadata;
export const viewport = homechef.viewport;
export default homechef.RootLayout;
