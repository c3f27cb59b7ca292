import { fileURLToPath } from 'node:url';
import { isIP } from 'node:net';
import { GEOCODER_KINDS } from '@homechef/geo';
import { vapidKeysProblem, vapidSubjectProblem } from '@homechef/api';
import { secretKeyProblem } from '@homechef/payments';
import { z } from 'zod';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function urlWithProtocols(name: string, protocols: string[]) {
  return z
    .string()
    .trim()
    .refine(
      (value) => {
        try {
          return protocols.includes(new URL(value).protocol);
        } catch {
          return false;
        }
      },
      {
        message: `${name} must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`,
      },
    );
}

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

const ServerSettings = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(9001),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: optional(urlWithProtocols('DATABASE_URL', ['postgres:', 'postgresql:'])),
  REDIS_URL: optional(urlWithProtocols('REDIS_URL', ['redis:', 'rediss:'])),
  /** Prefix of every Redis key and channel, so several deployments can share one Redis. */
  REDIS_PREFIX: z
    .string()
    .regex(
      /^[\w.-]{1,40}$/,
      'REDIS_PREFIX must be 1-40 letters, digits, dots, dashes or underscores',
    )
    .default('homechef'),
  DATA_DIR: z.string().default(`${REPO_ROOT}.data`),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** `if-empty` fills an empty database with the demo city on start (used by `npm start`). */
  SEED_DEMO: z.enum(['never', 'if-empty']).default('never'),
  /** Origins allowed to call the API from a browser (comma-separated, or `*`). */
  CORS_ORIGINS: z
    .string()
    .default(
      [3000, 3001, 3002, 3003]
        .flatMap((p) => [`http://localhost:${p}`, `http://127.0.0.1:${p}`])
        .join(','),
    )
    .transform((v) =>
      v
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    ),
  /** HMAC secret for access tokens; generated and kept in DATA_DIR when unset (one instance). */
  JWT_SECRET: optional(z.string().min(32, 'JWT_SECRET must be at least 32 characters')),
  ACCESS_TOKEN_TTL: z.coerce
    .number()
    .int()
    .min(5)
    .max(86_400)
    .default(15 * 60),
  REFRESH_TOKEN_TTL: z.coerce
    .number()
    .int()
    .min(60)
    .max(90 * 86_400)
    .default(7 * 86_400),
  /** Sign-in and registration attempts allowed per client address per window (seconds). */
  AUTH_ATTEMPTS_PER_IP: z.coerce.number().int().min(1).default(100),
  AUTH_ATTEMPTS_WINDOW: z.coerce
    .number()
    .int()
    .min(1)
    .default(15 * 60),
  /**
   * Peers whose X-Forwarded-For is believed (comma-separated addresses, or empty for none).
   * Loopback by default: the four apps run beside the API and forward their users' addresses,
   * so each user has their own sign-in budget. Add a reverse proxy's address when there is one.
   */
  TRUSTED_PROXIES: z
    .string()
    .default('127.0.0.1,::1,::ffff:127.0.0.1')
    .transform((v) =>
      v
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean),
    )
    .refine((list) => list.every((a) => isIP(a) !== 0), 'TRUSTED_PROXIES must be IP addresses'),
  /** Calls allowed in one HTTP batch on /trpc; a larger batch is refused whole with a 400. */
  MAX_BATCH_SIZE: z.coerce.number().int().min(1).max(1000).default(20),
  /** Time a client has to send a request's headers, and its whole request (milliseconds). */
  HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(20_000),
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(60_000),
  /** A request body that sends nothing for this long is dropped (milliseconds). */
  HTTP_BODY_IDLE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
  /** Open connections per client address (peers in TRUSTED_PROXIES are exempt). */
  HTTP_MAX_CONNECTIONS_PER_ADDRESS: z.coerce.number().int().min(1).default(64),
  /** WebSocket limits on /realtime; past one the socket is closed with a 44xx code. */
  WS_MAX_PER_ADDRESS: z.coerce.number().int().min(1).default(32),
  WS_MAX_PER_USER: z.coerce.number().int().min(1).default(10),
  WS_MAX_SUBSCRIPTIONS: z.coerce.number().int().min(1).default(50),
  WS_MESSAGES_PER_SECOND: z.coerce.number().int().min(1).default(50),
  /** Bearer token that GET /metrics requires; without it /metrics is not served. */
  METRICS_TOKEN: optional(z.string().min(32, 'METRICS_TOKEN must be at least 32 characters')),
  /** Milliseconds between server heartbeats on the bus. */
  HEARTBEAT_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
  /** How long a SIGTERM waits for in-flight HTTP requests before closing anyway. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(60_000).default(5000),
  /** Stripe's secret key; unset: the local sandbox runs in-process (see below). */
  STRIPE_SECRET_KEY: optional(z.string().trim()),
  /** The webhook endpoint's signing secret (whsec_…); generated for the sandbox when unset. */
  STRIPE_WEBHOOK_SECRET: optional(
    z.string().trim().startsWith('whsec_', 'STRIPE_WEBHOOK_SECRET must start with whsec_'),
  ),
  /** `1` allows an sk_live_ key: real money moves. */
  STRIPE_LIVE: z.enum(['0', '1'], 'STRIPE_LIVE must be 0 or 1').default('0'),
  /** Another Stripe-compatible server (a separately run sandbox) instead of api.stripe.com. */
  STRIPE_API_URL: optional(urlWithProtocols('STRIPE_API_URL', ['http:', 'https:'])),
  /** Port of the in-process sandbox (0: a free one); its data lives in DATA_DIR/stripe-sandbox. */
  STRIPE_SANDBOX_PORT: z.coerce.number().int().min(0).max(65535).default(12111),
  /** Milliseconds between reconciliation runs (events whose webhook never arrived). */
  STRIPE_RECONCILE_MS: z.coerce.number().int().min(1000).default(60_000),
  /** A Photon or Nominatim server for address search; unset: the built-in demo-city geocoder. */
  GEOCODER_URL: optional(urlWithProtocols('GEOCODER_URL', ['http:', 'https:'])),
  /** Which API GEOCODER_URL speaks. */
  GEOCODER_KIND: z
    .enum(GEOCODER_KINDS, {
      error: `GEOCODER_KIND must be ${GEOCODER_KINDS.join(' or ')}`,
    })
    .default('photon'),
  /** How long an address lookup may take before the form is told to try again. */
  GEOCODER_TIMEOUT_MS: z.coerce.number().int().min(100).max(30_000).default(3000),
  /** Where Stripe's onboarding sends chefs and drivers back to. */
  CHEF_APP_URL: urlWithProtocols('CHEF_APP_URL', ['http:', 'https:']).default(
    'http://localhost:3001',
  ),
  DRIVER_APP_URL: urlWithProtocols('DRIVER_APP_URL', ['http:', 'https:']).default(
    'http://localhost:3002',
  ),
  /** Where the payment page sends customers back to (their order's page). */
  CUSTOMER_APP_URL: urlWithProtocols('CUSTOMER_APP_URL', ['http:', 'https:']).default(
    'http://localhost:3000',
  ),
  /**
   * Web Push (VAPID, RFC 8292) key pair in base64url (`npx web-push generate-vapid-keys`); both
   * or neither. Unset: a pair generated once and kept in DATA_DIR/vapid-keys.json.
   */
  VAPID_PUBLIC_KEY: optional(z.string().trim()),
  VAPID_PRIVATE_KEY: optional(z.string().trim()),
  /** The contact push services may write to about this server: mailto: or https:. */
  VAPID_SUBJECT: z.string().trim().default('mailto:push@homechef.invalid'),
  /** Milliseconds a push service may take to answer one notification. */
  PUSH_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
  /** Delivery fee: base plus a rate per straight-line kilometre, in cents. */
  DELIVERY_FEE_BASE_CENTS: z.coerce.number().int().min(0).max(10_000).default(299),
  DELIVERY_FEE_PER_KM_CENTS: z.coerce.number().int().min(0).max(10_000).default(80),
  /** The platform's share of the food in basis points (1500 = 15%). */
  PLATFORM_FEE_BPS: z.coerce.number().int().min(0).max(5000).default(1500),
  /** Seconds a kitchen has to accept a paid order before it is rejected and refunded. */
  ORDER_ACCEPT_TIMEOUT_SECONDS: z.coerce.number().int().min(30).max(86_400).default(600),
  /** Seconds the hosted payment page stays open (Stripe: 30 minutes to 24 hours). */
  CHECKOUT_TTL_SECONDS: z.coerce.number().int().min(1800).max(86_400).default(1800),
  /** Milliseconds between sweeps of the order timers (acceptance, abandoned checkouts, refunds). */
  ORDER_TIMERS_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  /** Milliseconds between dispatch rounds (one instance, the leader, runs them). */
  DISPATCH_ROUND_MS: z.coerce.number().int().min(100).max(600_000).default(3000),
  /** How long a driver has to answer a delivery offer. */
  OFFER_TTL_SECONDS: z.coerce.number().int().min(5).max(600).default(30),
  /** Milliseconds between sweeps that take drivers silent for 2 minutes offline. */
  DRIVER_SWEEP_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
});

export const ConfigSchema = ServerSettings.superRefine((config, ctx) => {
  for (const issue of vapidIssues(config)) ctx.addIssue({ code: 'custom', ...issue });
  if (!config.STRIPE_SECRET_KEY) return;
  const problem = secretKeyProblem(config.STRIPE_SECRET_KEY, config.STRIPE_LIVE === '1');
  if (problem) {
    ctx.addIssue({
      code: 'custom',
      path: ['STRIPE_SECRET_KEY'],
      message: `STRIPE_SECRET_KEY ${problem}`,
    });
  }
  if (!config.STRIPE_WEBHOOK_SECRET) {
    ctx.addIssue({
      code: 'custom',
      path: ['STRIPE_WEBHOOK_SECRET'],
      message:
        'STRIPE_WEBHOOK_SECRET is required with STRIPE_SECRET_KEY (the endpoint’s whsec_… signing secret, or the one `stripe listen` prints)',
    });
  }
});

export type Config = z.infer<typeof ConfigSchema>;

function vapidIssues(
  config: Pick<Config, 'VAPID_PUBLIC_KEY' | 'VAPID_PRIVATE_KEY' | 'VAPID_SUBJECT'>,
): { path: string[]; message: string }[] {
  const issues: { path: string[]; message: string }[] = [];
  const subject = vapidSubjectProblem(config.VAPID_SUBJECT);
  if (subject) issues.push({ path: ['VAPID_SUBJECT'], message: subject });
  const { VAPID_PUBLIC_KEY: publicKey, VAPID_PRIVATE_KEY: privateKey } = config;
  if (!publicKey && !privateKey) return issues;
  if (!publicKey || !privateKey) {
    const missing = publicKey ? 'VAPID_PRIVATE_KEY' : 'VAPID_PUBLIC_KEY';
    issues.push({
      path: [missing],
      message: `${missing} is required with ${publicKey ? 'VAPID_PUBLIC_KEY' : 'VAPID_PRIVATE_KEY'} (set both, or neither to use a pair kept in DATA_DIR)`,
    });
    return issues;
  }
  const problem = vapidKeysProblem({ publicKey, privateKey });
  if (problem) {
    issues.push({
      path: [problem.startsWith('VAPID_PUBLIC_KEY') ? 'VAPID_PUBLIC_KEY' : 'VAPID_PRIVATE_KEY'],
      message: problem,
    });
  }
  return issues;
}

const ConfigRules = ConfigSchema.refine(
  (c) => c.HTTP_HEADERS_TIMEOUT_MS <= c.HTTP_REQUEST_TIMEOUT_MS,
  {
    path: ['HTTP_HEADERS_TIMEOUT_MS'],
    message: 'HTTP_HEADERS_TIMEOUT_MS must not exceed HTTP_REQUEST_TIMEOUT_MS',
  },
);

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment; throws a ConfigError whose message is one line per bad setting. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigRules.safeParse(env);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const key = issue.path.join('.');
    return issue.message.startsWith(key) ? issue.message : `${key}: ${issue.message}`;
  });
  throw new ConfigError(lines.join('\n'));
}
