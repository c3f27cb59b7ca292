import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateVapidKeys } from '@homechef/api';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';
import { loadVapidKeys } from './push.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const dataDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'vapid-'));
  dirs.push(dir);
  return dir;
};

describe('VAPID settings', () => {
  it('generates a pair into DATA_DIR once and reuses it after a restart', () => {
    const DATA_DIR = dataDir();
    const first = loadVapidKeys(loadConfig({ DATA_DIR }));
    expect(statSync(join(DATA_DIR, 'vapid-keys.json')).mode & 0o777).toBe(0o600);
    expect(loadVapidKeys(loadConfig({ DATA_DIR }))).toEqual(first);
    expect(JSON.parse(readFileSync(join(DATA_DIR, 'vapid-keys.json'), 'utf8'))).toEqual(first);
  });

  it('takes the pair from the environment when set', () => {
    const pair = generateVapidKeys();
    const config = loadConfig({
      DATA_DIR: dataDir(),
      VAPID_PUBLIC_KEY: pair.publicKey,
      VAPID_PRIVATE_KEY: pair.privateKey,
      VAPID_SUBJECT: 'mailto:ops@example.com',
    });
    expect(loadVapidKeys(config)).toEqual(pair);
    expect(config.VAPID_SUBJECT).toBe('mailto:ops@example.com');
  });

  it('says clearly what is wrong with the settings', () => {
    const pair = generateVapidKeys();
    const other = generateVapidKeys();
    const message = (env: NodeJS.ProcessEnv) => {
      try {
        loadConfig(env);
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return (error as Error).message;
      }
      return null;
    };
    expect(message({ VAPID_PUBLIC_KEY: pair.publicKey })).toBe(
      'VAPID_PRIVATE_KEY is required with VAPID_PUBLIC_KEY (set both, or neither to use a pair kept in DATA_DIR)',
    );
    expect(message({ VAPID_PUBLIC_KEY: other.publicKey, VAPID_PRIVATE_KEY: pair.privateKey })).toBe(
      'VAPID_PUBLIC_KEY is not the public key of VAPID_PRIVATE_KEY',
    );
    expect(message({ VAPID_SUBJECT: 'ops@example.com' })).toMatch(
      /^VAPID_SUBJECT must be a mailto: address or an https: URL/,
    );
  });

  it('refuses a damaged key file with a message naming it', () => {
    const DATA_DIR = dataDir();
    writeFileSync(join(DATA_DIR, 'vapid-keys.json'), '{"publicKey":"x","privateKey":"y"}');
    expect(() => loadVapidKeys(loadConfig({ DATA_DIR }))).toThrow(
      /vapid-keys\.json does not hold a valid VAPID key pair/,
    );
  });
});
