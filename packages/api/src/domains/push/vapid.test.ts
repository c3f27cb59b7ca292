import { describe, expect, it } from 'vitest';
import { generateVapidKeys, vapidKeysProblem, vapidSubjectProblem } from './vapid.ts';

describe('VAPID keys', () => {
  it('accepts a generated pair and refuses mismatched or malformed keys', () => {
    const pair = generateVapidKeys();
    expect(vapidKeysProblem(pair)).toBeNull();
    const other = generateVapidKeys();
    expect(vapidKeysProblem({ ...pair, publicKey: other.publicKey })).toBe(
      'VAPID_PUBLIC_KEY is not the public key of VAPID_PRIVATE_KEY',
    );
    expect(vapidKeysProblem({ ...pair, publicKey: 'abc' })).toMatch(/^VAPID_PUBLIC_KEY must be/);
    expect(vapidKeysProblem({ ...pair, privateKey: pair.privateKey.slice(4) })).toMatch(
      /^VAPID_PRIVATE_KEY must be a 32-byte/,
    );
    // 32 bytes but not a scalar below the curve order.
    expect(
      vapidKeysProblem({ ...pair, privateKey: Buffer.alloc(32, 0xff).toString('base64url') }),
    ).toBe('VAPID_PRIVATE_KEY is not a valid P-256 private key');
  });

  it('wants a mailto: or https: subject', () => {
    expect(vapidSubjectProblem('mailto:ops@example.com')).toBeNull();
    expect(vapidSubjectProblem('https://example.com/contact')).toBeNull();
    for (const bad of ['ops@example.com', 'http://example.com', '']) {
      expect(vapidSubjectProblem(bad)).toMatch(/^VAPID_SUBJECT must be/);
    }
  });
});
