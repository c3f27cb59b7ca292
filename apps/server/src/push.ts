import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  generateVapidKeys,
  vapidKeysProblem,
  type PushSettings,
  type VapidKeys,
} from '@homechef/api';
import type { Config } from './config.ts';
import { StartupError } from './services.ts';

const VAPID_FILE = 'vapid-keys.json';

function readKeys(path: string): VapidKeys {
  const value = JSON.parse(readFileSync(path, 'utf8')) as Partial<VapidKeys>;
  const keys = {
    publicKey: String(value.publicKey ?? ''),
    privateKey: String(value.privateKey ?? ''),
  };
  const problem = vapidKeysProblem(keys);
  if (problem) {
    throw new StartupError(
      `DATA_DIR: ${path} does not hold a valid VAPID key pair (${problem}); delete it to have a new pair made (browsers then subscribe again), or set VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY`,
    );
  }
  return keys;
}

/**
 * The VAPID pair from the settings, or one generated on first start and kept in DATA_DIR: browsers
 * subscribe against the public key, so it must survive restarts (a new pair orphans every
 * subscription).
 */
export function loadVapidKeys(config: Config): VapidKeys {
  if (config.VAPID_PUBLIC_KEY && config.VAPID_PRIVATE_KEY) {
    return { publicKey: config.VAPID_PUBLIC_KEY, privateKey: config.VAPID_PRIVATE_KEY };
  }
  const path = join(config.DATA_DIR, VAPID_FILE);
  try {
    return readKeys(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(config.DATA_DIR, { recursive: true });
  const keys = generateVapidKeys();
  try {
    writeFileSync(path, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
    return keys;
  } catch {
    // Another process created it first.
    return readKeys(path);
  }
}

export function pushSettings(config: Config): PushSettings {
  return {
    vapid: { ...loadVapidKeys(config), subject: config.VAPID_SUBJECT },
    timeoutMs: config.PUSH_TIMEOUT_MS,
    allowInsecureEndpoints: false,
  };
}
