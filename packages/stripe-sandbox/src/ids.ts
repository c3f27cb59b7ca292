import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Stripe-looking ids: `acct_1Q…`, `pi_3Q…`, `cs_test_a1…`. */
export function newId(prefix: string, length = 24): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const b of bytes) out += ALPHABET[b % ALPHABET.length];
  return `${prefix}_${out}`;
}

let offsetSeconds = 0;

/** Unix seconds on the sandbox's clock (real time plus any test-only shift). */
export function now(): number {
  return Math.floor(Date.now() / 1000) + offsetSeconds;
}

/** Test-only: moves the sandbox clock forward for every sandbox in this process. */
export function shiftClock(seconds: number): void {
  offsetSeconds += seconds;
}

export function resetClock(): void {
  offsetSeconds = 0;
}
