/**
 * The customer's cart: one kitchen's dishes, kept in localStorage so it survives reloads,
 * sign-in and the trip to the payment page. Prices here are for display only: checkout
 * shows `orders.quote`, and the server prices the order itself.
 */
import { MAX_CART_LINES, MAX_ITEM_QUANTITY } from '@homechef/validators';
import { z } from 'zod';

const CartOption = z.object({
  id: z.string(),
  group: z.string(),
  name: z.string(),
  priceDeltaCents: z.number().int(),
});
export type CartOption = z.infer<typeof CartOption>;

const CartItem = z.object({
  /** The dish, its options and its note: adding the same again raises the quantity. */
  key: z.string(),
  menuItemId: z.string(),
  name: z.string(),
  /** The dish's price when it was added, options included (display only). */
  unitPriceCents: z.number().int(),
  options: z.array(CartOption),
  quantity: z.number().int().min(1).max(MAX_ITEM_QUANTITY),
  notes: z.string().nullable(),
});
export type CartItem = z.infer<typeof CartItem>;

const Cart = z.object({
  kitchenId: z.string(),
  kitchenName: z.string(),
  currency: z.string(),
  /** Where the customer was browsing when they filled it: checkout starts from there. */
  location: z.object({ lat: z.number(), lng: z.number(), label: z.string() }).nullable(),
  items: z.array(CartItem).max(MAX_CART_LINES),
  /** The order placed from this cart and not paid yet: it is emptied once that one is paid. */
  placedOrderId: z.string().nullable(),
});
export type Cart = z.infer<typeof Cart>;

/** What adding needs to know about the kitchen a dish comes from. */
export interface CartKitchen {
  id: string;
  name: string;
  currency: string;
  location: Cart['location'];
}

export type NewCartItem = Omit<CartItem, 'key'>;

export type AddResult =
  /** Added (or its quantity raised). */
  | { ok: true }
  /** The cart holds another kitchen's dishes: ask before replacing them. */
  | { ok: false; reason: 'other_kitchen'; kitchenName: string }
  | { ok: false; reason: 'full' };

export const STORAGE_KEY = 'homechef.cart.v1';

/** The part of `Storage` the store uses. */
export type CartStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function itemKey(item: Pick<CartItem, 'menuItemId' | 'options' | 'notes'>): string {
  const options = item.options.map((o) => o.id).sort();
  return JSON.stringify([item.menuItemId, options, item.notes?.trim() ?? '']);
}

export function itemCount(cart: Cart | null): number {
  return cart?.items.reduce((n, item) => n + item.quantity, 0) ?? 0;
}

/** The cart's food at the prices it was added with (display only; checkout shows the quote). */
export function cartSubtotalCents(cart: Cart | null): number {
  return cart?.items.reduce((n, item) => n + item.unitPriceCents * item.quantity, 0) ?? 0;
}

const clampQuantity = (n: number) => Math.min(MAX_ITEM_QUANTITY, Math.max(1, Math.round(n)));

export interface CartStore {
  /** The same object until the cart changes (for `useSyncExternalStore`). */
  get: () => Cart | null;
  subscribe: (listener: () => void) => () => void;
  add: (kitchen: CartKitchen, item: NewCartItem, options?: { replace?: boolean }) => AddResult;
  setQuantity: (key: string, quantity: number) => void;
  remove: (key: string) => void;
  clear: () => void;
  /** Puts a whole cart in place (a reorder); lines past the limits are dropped. */
  replace: (kitchen: CartKitchen, items: NewCartItem[]) => void;
  /** Remembers the order placed from this cart, to empty it once that order is paid. */
  markPlaced: (orderId: string) => void;
  /** The order is paid: the cart that placed it is done with. */
  orderPaid: (orderId: string) => void;
  /** Reads storage again (another tab changed it). */
  reload: () => void;
}

function parse(raw: string | null): Cart | null {
  if (!raw) return null;
  try {
    const result = Cart.safeParse(JSON.parse(raw));
    return result.success && result.data.items.length > 0 ? result.data : null;
  } catch {
    return null;
  }
}

function merge(items: CartItem[], added: NewCartItem): CartItem[] | null {
  const key = itemKey(added);
  const existing = items.find((i) => i.key === key);
  if (existing) {
    return items.map((i) =>
      i.key === key
        ? { ...i, ...added, key, quantity: clampQuantity(i.quantity + added.quantity) }
        : i,
    );
  }
  if (items.length >= MAX_CART_LINES) return null;
  return [...items, { ...added, key, quantity: clampQuantity(added.quantity) }];
}

export function createCartStore(storage: () => CartStorage | null): CartStore {
  const listeners = new Set<() => void>();
  let loaded = false;
  let cart: Cart | null = null;

  function read(): Cart | null {
    try {
      return parse(storage()?.getItem(STORAGE_KEY) ?? null);
    } catch {
      // Storage blocked (private mode, a strict policy): the cart lives in memory only.
      return null;
    }
  }

  function current(): Cart | null {
    if (!loaded) {
      cart = read();
      loaded = true;
    }
    return cart;
  }

  function write(next: Cart | null) {
    cart = next && next.items.length > 0 ? next : null;
    loaded = true;
    try {
      const s = storage();
      if (cart) s?.setItem(STORAGE_KEY, JSON.stringify(cart));
      else s?.removeItem(STORAGE_KEY);
    } catch {
      // Full or blocked storage: keep the cart for this page at least.
    }
    for (const listener of listeners) listener();
  }

  /** Any change to the lines means a new order: the old placed one no longer matches. */
  function update(change: (cart: Cart) => Cart) {
    const c = current();
    if (c) write({ ...change(c), placedOrderId: null });
  }

  function fresh(kitchen: CartKitchen): Cart {
    return {
      kitchenId: kitchen.id,
      kitchenName: kitchen.name,
      currency: kitchen.currency,
      location: kitchen.location,
      items: [],
      placedOrderId: null,
    };
  }

  return {
    get: current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    add(kitchen, item, { replace = false } = {}) {
      const c = current();
      if (c && c.kitchenId !== kitchen.id && !replace) {
        return { ok: false, reason: 'other_kitchen', kitchenName: c.kitchenName };
      }
      const base = c && c.kitchenId === kitchen.id ? c : fresh(kitchen);
      const items = merge(base.items, item);
      if (!items) return { ok: false, reason: 'full' };
      write({
        ...base,
        kitchenName: kitchen.name,
        location: kitchen.location ?? base.location,
        items,
        placedOrderId: null,
      });
      return { ok: true };
    },
    setQuantity(key, quantity) {
      update((c) => ({
        ...c,
        items: c.items.map((i) =>
          i.key === key ? { ...i, quantity: clampQuantity(quantity) } : i,
        ),
      }));
    },
    remove(key) {
      update((c) => ({ ...c, items: c.items.filter((i) => i.key !== key) }));
    },
    clear() {
      write(null);
    },
    replace(kitchen, items) {
      let lines: CartItem[] = [];
      for (const item of items) lines = merge(lines, item) ?? lines;
      write({ ...fresh(kitchen), items: lines });
    },
    markPlaced(orderId) {
      const c = current();
      if (c && c.placedOrderId !== orderId) write({ ...c, placedOrderId: orderId });
    },
    orderPaid(orderId) {
      if (current()?.placedOrderId === orderId) write(null);
    },
    reload() {
      const next = read();
      if (JSON.stringify(next) === JSON.stringify(cart)) return;
      cart = next;
      loaded = true;
      for (const listener of listeners) listener();
    },
  };
}

/** The browser's cart (one per origin, shared by the tabs). */
export const cartStore = createCartStore(() =>
  typeof window === 'undefined' ? null : window.localStorage,
);
