import { MAX_CART_LINES, MAX_ITEM_QUANTITY } from '@homechef/validators';
import { describe, expect, it, vi } from 'vitest';
import {
  cartSubtotalCents,
  createCartStore,
  itemCount,
  itemKey,
  STORAGE_KEY,
  type CartKitchen,
  type CartStorage,
  type NewCartItem,
} from './cart-store.ts';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const storage: CartStorage = {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
  return { storage, data };
}

const kitchen: CartKitchen = {
  id: 'k1',
  name: 'Abuela Rosa’s Cocina',
  currency: 'usd',
  location: { lat: 37.8044, lng: -122.2712, label: 'Downtown Oakland' },
};
const other: CartKitchen = { id: 'k2', name: 'Sunny Dumplings', currency: 'usd', location: null };

const spicy = { id: 'o-hot', group: 'Spice level', name: 'Hot', priceDeltaCents: 0 };
const cheese = { id: 'o-cheese', group: 'Add-ons', name: 'Cheese', priceDeltaCents: 150 };
const guac = { id: 'o-guac', group: 'Add-ons', name: 'Guacamole', priceDeltaCents: 200 };

function dish(overrides: Partial<NewCartItem> = {}): NewCartItem {
  return {
    menuItemId: 'd1',
    name: 'Tamales',
    unitPriceCents: 1250,
    options: [],
    quantity: 1,
    notes: null,
    ...overrides,
  };
}

describe('cart store', () => {
  it('starts empty and adds a dish for a kitchen', () => {
    const { storage } = memoryStorage();
    const store = createCartStore(() => storage);
    expect(store.get()).toBeNull();
    expect(store.add(kitchen, dish({ quantity: 2 }))).toEqual({ ok: true });
    const cart = store.get();
    expect(cart).toMatchObject({ kitchenId: 'k1', kitchenName: kitchen.name, currency: 'usd' });
    expect(cart?.location).toEqual(kitchen.location);
    expect(itemCount(cart)).toBe(2);
    expect(cartSubtotalCents(cart)).toBe(2500);
  });

  it('merges the same dish with the same options (in any order) into one line', () => {
    const { storage } = memoryStorage();
    const store = createCartStore(() => storage);
    store.add(kitchen, dish({ options: [cheese, guac], unitPriceCents: 1600 }));
    store.add(kitchen, dish({ options: [guac, cheese], unitPriceCents: 1600, quantity: 2 }));
    expect(store.get()?.items).toHaveLength(1);
    expect(store.get()?.items[0]?.quantity).toBe(3);
  });

  it('keeps other options, or another note, on a line of their own', () => {
    const { storage } = memoryStorage();
    const store = createCartStore(() => storage);
    store.add(kitchen, dish({ options: [spicy] }));
    store.add(kitchen, dish({ options: [cheese] }));
    store.add(kitchen, dish({ options: [cheese], notes: 'No onions' }));
    expect(store.get()?.items).toHaveLength(3);
    expect(new Set(store.get()?.items.map((i) => i.key)).size).toBe(3);
    expect(itemKey(dish({ notes: ' x ' }))).toBe(itemKey(dish({ notes: 'x' })));
  });

  it('caps quantities and the number of lines', () => {
    const { storage } = memoryStorage();
    const store = createCartStore(() => storage);
    store.add(kitchen, dish({ quantity: MAX_ITEM_QUANTITY }));
    store.add(kitchen, dish({ quantity: 5 }));
    expect(store.get()?.items[0]?.quantity).toBe(MAX_ITEM_QUANTITY);
    for (let i = 1; i < MAX_CART_LINES; i++) store.add(kitchen, dish({ menuItemId: `d${i + 1}` }));
    expect(store.add(kitchen, dish({ menuItemId: 'one-too-many' }))).toEqual({
      ok: false,
      reason: 'full',
    });
    expect(store.get()?.items).toHaveLength(MAX_CART_LINES);
  });

  it('asks before replacing another kitchen’s cart, and replaces it when told to', () => {
    const { storage } = memoryStorage();
    const store = createCartStore(() => storage);
    store.add(kitchen, dish());
    expect(store.add(other, dish({ menuItemId: 'd9' }))).toEqual({
      ok: false,
      reason: 'other_kitchen',
      kitchenName: kitchen.name,
    });
    expect(store.get()?.kitchenId).toBe('k1');
    expect(store.add(other, dish({ menuItemId: 'd9' }), { replace: true })).toEqual({ ok: true });
    expect(store.get()).toMatchObject({ kitchenId: 'k2', location: null });
    expect(store.get()?.items.map((i) => i.menuItemId)).toEqual(['d9']);
  });

  it('edits quantities and removes lines; removing the last empties the cart', () => {
    const { storage, data } = memoryStorage();
    const store = createCartStore(() => storage);
    store.add(kitchen, dish());
    const key = store.get()?.items[0]?.key ?? '';
    store.setQuantity(key, 4);
    expect(itemCount(store.get())).toBe(4);
    store.setQuantity(key, 0);
    expect(itemCount(store.get())).toBe(1);
    store.remove(key);
    expect(store.get()).toBeNull();
    expect(data.has(STORAGE_KEY)).toBe(false);
  });

  it('survives a reload: a new store reads what the last one wrote', () => {
    const { storage } = memoryStorage();
    createCartStore(() => storage).add(kitchen, dish({ options: [cheese], quantity: 2 }));
    const again = createCartStore(() => storage).get();
    expect(again?.items[0]).toMatchObject({ menuItemId: 'd1', quantity: 2, options: [cheese] });
  });

  it('ignores what it cannot read', () => {
    for (const raw of ['{not json', '{"kitchenId":1}', JSON.stringify({ items: [] })]) {
      const { storage } = memoryStorage({ [STORAGE_KEY]: raw });
      expect(createCartStore(() => storage).get()).toBeNull();
    }
    const throwing = createCartStore(() => {
      throw new Error('SecurityError');
    });
    expect(throwing.get()).toBeNull();
    expect(throwing.add(kitchen, dish())).toEqual({ ok: true });
    expect(itemCount(throwing.get())).toBe(1);
  });

  it('empties only once the order placed from it is paid, and not after it changed', () => {
    const { storage } = memoryStorage();
    const store = createCartStore(() => storage);
    store.add(kitchen, dish());
    store.markPlaced('order-1');
    store.orderPaid('order-2');
    expect(store.get()).not.toBeNull();
    // Changed after placing: a new checkout will place a new order; this cart is not that one.
    store.add(kitchen, dish({ menuItemId: 'd2' }));
    store.orderPaid('order-1');
    expect(store.get()?.items).toHaveLength(2);
    store.markPlaced('order-3');
    store.orderPaid('order-3');
    expect(store.get()).toBeNull();
  });

  it('replaces the whole cart for a reorder', () => {
    const { storage } = memoryStorage();
    const store = createCartStore(() => storage);
    store.add(other, dish({ menuItemId: 'x' }));
    store.replace(kitchen, [
      dish({ quantity: 2 }),
      dish({ quantity: 1 }),
      dish({ menuItemId: 'd2' }),
    ]);
    expect(store.get()?.kitchenId).toBe('k1');
    expect(store.get()?.items.map((i) => [i.menuItemId, i.quantity])).toEqual([
      ['d1', 3],
      ['d2', 1],
    ]);
  });

  it('tells subscribers, and picks up another tab’s change on reload', () => {
    const { storage, data } = memoryStorage();
    const store = createCartStore(() => storage);
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.add(kitchen, dish());
    expect(listener).toHaveBeenCalledTimes(1);
    const snapshot = store.get();
    expect(store.get()).toBe(snapshot);

    const elsewhere = createCartStore(() => storage);
    elsewhere.add(kitchen, dish({ menuItemId: 'd2' }));
    expect(data.get(STORAGE_KEY)).toContain('d2');
    store.reload();
    expect(listener).toHaveBeenCalledTimes(2);
    expect(store.get()?.items).toHaveLength(2);
    store.reload();
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    store.clear();
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
