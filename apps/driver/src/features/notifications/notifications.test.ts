import { afterEach, describe, expect, it, vi } from 'vitest';
import { alertNewOffer, OFFER_VIBRATION } from './offer-alert.ts';
import { base64UrlToBytes, sameKey } from './push-subscription.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('alertNewOffer', () => {
  it('vibrates only while the page is visible, and never throws', () => {
    const vibrate = vi.fn(() => true);
    vi.stubGlobal('navigator', { vibrate });
    vi.stubGlobal('document', { visibilityState: 'hidden' });
    expect(alertNewOffer()).toEqual({ sounded: false, vibrated: false });
    expect(vibrate).not.toHaveBeenCalled();

    vi.stubGlobal('document', { visibilityState: 'visible' });
    // No Web Audio here (as in some webviews): the vibration still happens.
    vi.stubGlobal('AudioContext', undefined);
    expect(alertNewOffer()).toEqual({ sounded: false, vibrated: true });
    expect(vibrate).toHaveBeenCalledWith([...OFFER_VIBRATION]);

    vi.stubGlobal('navigator', {
      vibrate: () => {
        throw new Error('not allowed');
      },
    });
    expect(alertNewOffer().vibrated).toBe(false);
  });
});

describe('VAPID key bytes', () => {
  it('decodes base64url without padding into the bytes the browser compares', () => {
    const bytes = new Uint8Array(65).map((_, i) => (i * 37) % 256);
    const text = Buffer.from(bytes).toString('base64url');
    expect(text).not.toContain('=');
    const decoded = base64UrlToBytes(text);
    expect([...decoded]).toEqual([...bytes]);
    expect(sameKey(decoded.buffer, bytes)).toBe(true);
    expect(sameKey(new Uint8Array(65).buffer, bytes)).toBe(false);
    expect(sameKey(null, bytes)).toBe(false);
  });
});
