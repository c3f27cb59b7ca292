import type { AppName } from '../env.ts';

/** The apps that ask for the device's position ("use my location", delivery tracking). */
const USES_GEOLOCATION: Readonly<Record<AppName, boolean>> = {
  customer: true,
  chef: true,
  driver: true,
  admin: false,
};

/** Browser features no app uses: turned off for the page and anything it embeds. */
const FEATURES_OFF = [
  'camera',
  'microphone',
  'payment',
  'usb',
  'serial',
  'bluetooth',
  'hid',
  'midi',
  'magnetometer',
  'gyroscope',
  'accelerometer',
  'display-capture',
  'interest-cohort',
] as const;

export function permissionsPolicy(app: AppName): string {
  const geolocation = USES_GEOLOCATION[app] ? 'geolocation=(self)' : 'geolocation=()';
  return [geolocation, ...FEATURES_OFF.map((feature) => `${feature}=()`)].join(', ');
}

/** One year, as the HSTS preload list asks. */
const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * The headers every response of an app carries, static files included (the shared Next
 * config's `headers()`). The Content-Security-Policy needs a fresh nonce per page, so the
 * proxy adds it (see `contentSecurityPolicy`); HSTS only goes out over https.
 */
export function staticSecurityHeaders(app: AppName): { key: string; value: string }[] {
  return [
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: permissionsPolicy(app) },
  ];
}

/** The `Strict-Transport-Security` header, sent only on responses served over https. */
export const STRICT_TRANSPORT_SECURITY = { key: 'Strict-Transport-Security', value: HSTS };

export interface CspInput {
  nonce: string;
  /** tRPC over HTTP and over WebSocket as the browser reaches them (PUBLIC_API_URL, PUBLIC_WS_URL). */
  apiUrl: string;
  wsUrl: string;
  /** `next dev` evaluates code for fast refresh and needs `'unsafe-eval'`. */
  dev: boolean;
  /** Map tiles (MAP_TILE_URL): their origin is added to the images allowed. */
  tileUrl?: string | null | undefined;
}

/**
 * The page's Content-Security-Policy: scripts only with this request's nonce (Next reads it
 * from the request's own `Content-Security-Policy` header and puts it on its inline and
 * framework scripts; `'strict-dynamic'` lets those load the rest), the API as the only
 * other origin to talk to, and no framing, plugins or foreign form targets. Dish photos
 * are links to anywhere, hence `https:` images.
 */
export function contentSecurityPolicy({ nonce, apiUrl, wsUrl, dev, tileUrl }: CspInput): string {
  const connect = new Set(["'self'", new URL(apiUrl).origin, new URL(wsUrl).origin]);
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': [
      "'self'",
      `'nonce-${nonce}'`,
      "'strict-dynamic'",
      ...(dev ? ["'unsafe-eval'"] : []),
    ],
    'style-src': ["'self'", "'unsafe-inline'"],
    // A tile server may be plain http (one on the local network): its origin is named. So is
    // the API's, which serves photos (a delivery photo at the door) through signed links.
    'img-src': [
      "'self'",
      'data:',
      'blob:',
      'https:',
      new URL(apiUrl).origin,
      ...(tileUrl ? [tileOrigin(tileUrl)] : []),
    ],
    'font-src': ["'self'", 'data:'],
    'connect-src': [...connect],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'frame-src': ["'none'"],
    'frame-ancestors': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'object-src': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** The origin of an XYZ template (`https://{s}.tile.example/{z}/{x}/{y}.png`), wildcarding `{s}`. */
function tileOrigin(template: string): string {
  const origin = /^https?:\/\/[^/]+/.exec(template)?.[0] ?? "'self'";
  return origin.replace('{s}', '*');
}

/** A fresh, unguessable nonce (128 bits, base64). */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
