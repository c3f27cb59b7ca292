import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A secret from the environment, or one generated on first start and kept in DATA_DIR, so the
 * embedded default needs no setup and sessions survive restarts.
 */
export function loadOrCreateSecret(
  dataDir: string,
  name: string,
  given: string | undefined,
): string {
  if (given) return given;
  const path = join(dataDir, name);
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    mkdirSync(dataDir, { recursive: true });
    const secret = randomBytes(48).toString('base64url');
    try {
      writeFileSync(path, secret, { mode: 0o600, flag: 'wx' });
      return secret;
    } catch {
      // Another process created it first.
      return readFileSync(path, 'utf8').trim();
    }
  }
}
