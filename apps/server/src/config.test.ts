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
  ])('rejects %o with one line naming the setting', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
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
