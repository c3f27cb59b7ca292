/**
 * The idempotency key of one checkout attempt, kept in sessionStorage with the request it was
 * made for: a double click, or a retry after a lost answer, sends the same key and gets the
 * same order back. A changed cart, address, tip or time is a new attempt with a new key (the
 * server refuses an old key with a different request).
 */

export type KeyStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const storageKey = (kitchenId: string) => `homechef.checkout.${kitchenId}`;

interface Stored {
  key: string;
  request: string;
}

function read(storage: KeyStorage, kitchenId: string): Stored | null {
  try {
    const value: unknown = JSON.parse(storage.getItem(storageKey(kitchenId)) ?? 'null');
    if (
      value &&
      typeof value === 'object' &&
      'key' in value &&
      'request' in value &&
      typeof value.key === 'string' &&
      typeof value.request === 'string'
    ) {
      return { key: value.key, request: value.request };
    }
  } catch {
    // Unreadable: a new attempt.
  }
  return null;
}

/** The key for this request: the stored one if it was made for the same request, else a new one. */
export function checkoutKey(
  storage: KeyStorage | null,
  kitchenId: string,
  request: unknown,
  newKey: () => string = () => crypto.randomUUID(),
): string {
  const fingerprint = JSON.stringify(request);
  const stored = storage ? read(storage, kitchenId) : null;
  if (stored?.request === fingerprint) return stored.key;
  const key = newKey();
  try {
    storage?.setItem(storageKey(kitchenId), JSON.stringify({ key, request: fingerprint }));
  } catch {
    // Without storage a retry after a reload makes a new order; the old one lapses unpaid.
  }
  return key;
}

/** Forget the attempt (its order is over): the next Pay starts a new one. */
export function dropCheckoutKey(storage: KeyStorage | null, kitchenId: string): void {
  try {
    storage?.removeItem(storageKey(kitchenId));
  } catch {
    // Nothing to forget.
  }
}
