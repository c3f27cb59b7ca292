import { z } from 'zod';

export type AppName = 'customer' | 'chef' | 'driver' | 'admin';
export const APP_NAMES = ['customer', 'chef', 'driver', 'admin'] as const satisfies AppName[];

const httpUrl = (name: string) =>
  z.url({
    protocol: /^https?$/,
    error: (issue) =>
      issue.input === undefined ? `${name} is not set` : `${name} must be an http(s) URL`,
  });
const wsUrl = (name: string) => z.url({ protocol: /^wss?$/, error: `${name} must be a ws(s) URL` });

/** OpenStreetMap's own tiles: fine for development and light use (their usage policy). */
export const DEFAULT_MAP_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

const AppEnv = z.object({
  /** Server-to-server base URL of the API (server components, sign-in, token refresh). */
  API_URL: httpUrl('API_URL').default('http://localhost:9001'),
  /** tRPC over HTTP as the browser reaches it. */
  PUBLIC_API_URL: httpUrl('PUBLIC_API_URL').default('http://localhost:9001/trpc'),
  /** tRPC over WebSocket as the browser reaches it. */
  PUBLIC_WS_URL: wsUrl('PUBLIC_WS_URL').default('ws://localhost:9001/realtime'),
  /** This app's own public URL (next-auth builds its callback and redirect URLs from it). */
  NEXTAUTH_URL: httpUrl('NEXTAUTH_URL'),
  /** Encrypts the session cookie. Each app derives its own key from it. */
  NEXTAUTH_SECRET: z
    .string({ error: 'NEXTAUTH_SECRET is not set' })
    .min(32, 'NEXTAUTH_SECRET must be at least 32 characters (e.g. `openssl rand -base64 32`)'),
  /** Where the other apps live, to send people with another role to theirs. */
  CUSTOMER_APP_URL: httpUrl('CUSTOMER_APP_URL').default('http://localhost:3000'),
  CHEF_APP_URL: httpUrl('CHEF_APP_URL').default('http://localhost:3001'),
  DRIVER_APP_URL: httpUrl('DRIVER_APP_URL').default('http://localhost:3002'),
  ADMIN_APP_URL: httpUrl('ADMIN_APP_URL').default('http://localhost:3003'),
  /**
   * Map tiles for the live order map, an XYZ template (`{z}/{x}/{y}`); empty: no tiles (the
   * map still draws the kitchen, the address and the driver).
   */
  MAP_TILE_URL: z
    .string()
    .trim()
    .default(DEFAULT_MAP_TILE_URL)
    .refine(
      (v) => v === '' || /^https?:\/\/[^/]+\/.*\{z\}.*\{x\}.*\{y\}/.test(v),
      'MAP_TILE_URL must be an http(s) URL template with {z}, {x} and {y}, or empty for no tiles',
    ),
});

export interface AppEnv {
  API_URL: string;
  PUBLIC_API_URL: string;
  PUBLIC_WS_URL: string;
  NEXTAUTH_URL: string;
  NEXTAUTH_SECRET: string;
  /** The session cookie is `Secure` (and `__Secure-` prefixed) when the app is served over https. */
  secureCookies: boolean;
  /** Each app's public URL by role. */
  appUrls: Record<AppName, string>;
  /** XYZ tile template for maps, or null for none. */
  MAP_TILE_URL: string | null;
}

const trim = (url: string) => url.replace(/\/+$/, '');

/** Validates an app's settings; throws one line per bad or missing setting. */
function parseAppEnv(app: AppName, source: Record<string, string | undefined>): AppEnv {
  const parsed = AppEnv.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.message}`);
    throw new Error(
      `The ${app} app cannot start, its environment is invalid:\n${lines.join('\n')}\n` +
        '`npm start` and `npm run test:e2e` set these for you.',
    );
  }
  const env = parsed.data;
  return {
    API_URL: trim(env.API_URL),
    PUBLIC_API_URL: env.PUBLIC_API_URL,
    PUBLIC_WS_URL: env.PUBLIC_WS_URL,
    NEXTAUTH_URL: trim(env.NEXTAUTH_URL),
    NEXTAUTH_SECRET: env.NEXTAUTH_SECRET,
    secureCookies: env.NEXTAUTH_URL.startsWith('https:'),
    MAP_TILE_URL: env.MAP_TILE_URL || null,
    appUrls: {
      customer: trim(env.CUSTOMER_APP_URL),
      chef: trim(env.CHEF_APP_URL),
      driver: trim(env.DRIVER_APP_URL),
      admin: trim(env.ADMIN_APP_URL),
    },
  };
}

/**
 * The app's environment, read on first use rather than at import: `next build` imports
 * every route without the runtime secrets, and one build serves any deployment.
 */
export function appEnv(app: AppName): () => AppEnv {
  let env: AppEnv | undefined;
  return () => (env ??= parseAppEnv(app, process.env));
}
