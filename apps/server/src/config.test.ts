import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('serves the embedded default with no environment at all', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(9001);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.REDIS_URL).toBeUndefined();
    expect(config.DATA_DIR).toMatch(/\.data$/);
    expect(config.CORS_ORIGINS).toContain('http://localhost:3000');
  });

  it('uses the built-in geocoder unless GEOCODER_URL names a service', () => {
    expect(loadConfig({}).GEOCODER_URL).toBeUndefined();
    const remote = loadConfig({
      GEOCODER_URL: 'https://nominatim.example.org/',
      GEOCODER_KIND: 'nominatim',
    });
    expect(remote).toMatchObject({
      GEOCODER_URL: 'https://nominatim.example.org/',
      GEOCODER_KIND: 'nominatim',
      GEOCODER_TIMEOUT_MS: 3000,
    });
    expect(loadConfig({ GEOCODER_URL: 'http://localhost:2322' }).GEOCODER_KIND).toBe('photon');
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', REDIS_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  it.each([
    [
      { DATABASE_URL: 'not a url' },
      /^DATABASE_URL must be a URL starting with postgres:\/\/ or postgresql:\/\/$/,
    ],
    [{ DATABASE_URL: 'mysql://x@y/z' }, /^DATABASE_URL must be/],
    [{ REDIS_URL: 'http://localhost:6379' }, /^REDIS_URL must be a URL starting with redis:\/\//],
    [{ PORT: '70000' }, /^PORT: /],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL: /],
    [{ METRICS_TOKEN: 'short' }, /^METRICS_TOKEN must be at least 32 characters$/],
    [{ WS_MAX_PER_USER: '0' }, /^WS_MAX_PER_USER: /],
    [{ MAX_BATCH_SIZE: 'many' }, /^MAX_BATCH_SIZE: /],
    [
      { HTTP_HEADERS_TIMEOUT_MS: '30000', HTTP_REQUEST_TIMEOUT_MS: '10000' },
      /^HTTP_HEADERS_TIMEOUT_MS must not exceed HTTP_REQUEST_TIMEOUT_MS$/,
    ],
    [
      { STRIPE_SECRET_KEY: 'sk_live_abc', STRIPE_WEBHOOK_SECRET: 'whsec_x' },
      /^STRIPE_SECRET_KEY is a live key \(sk_live_…\); set STRIPE_LIVE=1 to move real money$/,
    ],
    [
      { STRIPE_SECRET_KEY: 'pk_test_abc', STRIPE_WEBHOOK_SECRET: 'whsec_x' },
      /^STRIPE_SECRET_KEY must be a Stripe secret key/,
    ],
    [
      { STRIPE_SECRET_KEY: 'sk_test_abc' },
      /^STRIPE_WEBHOOK_SECRET is required with STRIPE_SECRET_KEY/,
    ],
    [{ STRIPE_WEBHOOK_SECRET: 'secret' }, /^STRIPE_WEBHOOK_SECRET must start with whsec_$/],
    [
      { GEOCODER_URL: 'photon.example.org' },
      /^GEOCODER_URL must be a URL starting with http:\/\/ or https:\/\/$/,
    ],
    [
      { GEOCODER_URL: 'https://photon.example.org', GEOCODER_KIND: 'google' },
      /^GEOCODER_KIND must be photon or nominatim$/,
    ],
    [{ GEOCODER_TIMEOUT_MS: '5' }, /^GEOCODER_TIMEOUT_MS: /],
  ])('rejects %o with one line naming the setting', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('takes a live key only with STRIPE_LIVE=1, and runs the sandbox when no key is set', () => {
    const live = loadConfig({
      STRIPE_SECRET_KEY: 'sk_live_abc',
      STRIPE_WEBHOOK_SECRET: 'whsec_x',
      STRIPE_LIVE: '1',
    });
    expect(live.STRIPE_SECRET_KEY).toBe('sk_live_abc');
    const embedded = loadConfig({});
    expect(embedded.STRIPE_SECRET_KEY).toBeUndefined();
    expect(embedded.STRIPE_SANDBOX_PORT).toBe(12111);
  });

  it('lists every bad setting, one per line', () => {
    try {
      loadConfig({ DATABASE_URL: 'x', REDIS_URL: 'y' });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message.split('\n')).toHaveLength(2);
    }
  });

  it('has abuse limits by default', () => {
    const config = loadConfig({});
    expect(config.METRICS_TOKEN).toBeUndefined();
    expect(config).toMatchObject({
      MAX_BATCH_SIZE: 20,
      HTTP_HEADERS_TIMEOUT_MS: 20_000,
      HTTP_REQUEST_TIMEOUT_MS: 60_000,
      HTTP_BODY_IDLE_TIMEOUT_MS: 15_000,
      HTTP_MAX_CONNECTIONS_PER_ADDRESS: 64,
      WS_MAX_PER_ADDRESS: 32,
      WS_MAX_PER_USER: 10,
      WS_MAX_SUBSCRIPTIONS: 50,
      WS_MESSAGES_PER_SECOND: 50,
    });
  });

  it('accepts real service URLs', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/homechef',
      REDIS_URL: 'redis://127.0.0.1:6379',
      CORS_ORIGINS: '*',
    });
    expect(config.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/homechef');
    expect(config.CORS_ORIGINS).toEqual(['*']);
  });
});
