'use client';

import {
  Button,
  Dialog,
  EmptyState,
  ShoppingBagIcon,
  TrashIcon,
  buttonClasses,
  cn,
  focusRing,
  formatPrice,
} from '@homechef/ui';
import Link from 'next/link';
import { cartStore, cartSubtotalCents, itemCount, type Cart, type CartItem } from './cart-store.ts';
import { QuantityStepper } from './quantity-stepper.tsx';
import { closeCart, openCart, useCart, useCartOpen } from './use-cart.ts';

/** The header's cart button (with the number of dishes) and the sheet it opens. */
export function CartButton() {
  const cart = useCart();
  const open = useCartOpen();
  const count = itemCount(cart);
  return (
    <>
      <button
        type="button"
        onClick={openCart}
        aria-haspopup="dialog"
        data-testid="cart-button"
        className={cn(
          'relative grid size-10 shrink-0 place-items-center rounded-xl text-xl text-stone-700 hover:bg-stone-100',
          focusRing,
        )}
      >
        <ShoppingBagIcon aria-hidden="true" />
        <span className="sr-only">
          Cart{count ? `, ${count} ${count === 1 ? 'dish' : 'dishes'}` : ', empty'}
        </span>
        {count ? (
          <span
            aria-hidden="true"
            data-testid="cart-count"
            className="absolute -top-0.5 -right-0.5 grid h-5 min-w-5 place-items-center rounded-full bg-accent px-1 text-[11px] font-bold text-accent-contrast tabular-nums ring-2 ring-white"
          >
            {count}
          </span>
        ) : null}
      </button>
      <Dialog
        open={open}
        onClose={closeCart}
        variant="sheet"
        title="Your cart"
        description={cart ? `From ${cart.kitchenName}` : undefined}
        footer={cart ? <CartFooter cart={cart} /> : undefined}
      >
        {cart ? (
          <CartLines cart={cart} />
        ) : (
          <EmptyState
            icon={<ShoppingBagIcon />}
            title="Your cart is empty"
            description="Open a kitchen and add a dish or two."
            action={
              <Link href="/kitchens" onClick={closeCart} className={buttonClasses()}>
                Find kitchens
              </Link>
            }
          />
        )}
      </Dialog>
    </>
  );
}

function CartLines({ cart }: { cart: Cart }) {
  return (
    <ul aria-label="Dishes in your cart" className="divide-y divide-stone-100">
      {cart.items.map((item) => (
        <li key={item.key} data-testid="cart-line" className="py-4 first:pt-0 last:pb-0">
          <CartLine item={item} currency={cart.currency} />
        </li>
      ))}
    </ul>
  );
}

function CartLine({ item, currency }: { item: CartItem; currency: string }) {
  return (
    <div className="space-y-2">
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="font-medium text-stone-900">{item.name}</p>
          <CartItemDetails item={item} />
        </div>
        <p className="shrink-0 font-medium text-stone-900 tabular-nums">
          {formatPrice(item.unitPriceCents * item.quantity, currency)}
        </p>
      </div>
      <div className="flex items-center justify-between gap-3">
        <QuantityStepper
          label={item.name}
          value={item.quantity}
          onChange={(quantity) => cartStore.setQuantity(item.key, quantity)}
        />
        <Button
          variant="ghost"
          size="sm"
          icon={<TrashIcon aria-hidden="true" />}
          onClick={() => cartStore.remove(item.key)}
        >
          Remove<span className="sr-only"> {item.name}</span>
        </Button>
      </div>
    </div>
  );
}

/** A cart line's chosen options and note, under its name. */
export function CartItemDetails({ item }: { item: Pick<CartItem, 'options' | 'notes'> }) {
  return (
    <>
      {item.options.length ? (
        <p className="text-sm text-stone-600">{item.options.map((o) => o.name).join(', ')}</p>
      ) : null}
      {item.notes ? <p className="text-sm text-stone-500 italic">“{item.notes}”</p> : null}
    </>
  );
}

function CartFooter({ cart }: { cart: Cart }) {
  return (
    <div className="w-full space-y-3">
      <div className="flex items-baseline justify-between text-sm">
        <span className="text-stone-600">Food</span>
        <span className="font-semibold text-stone-900 tabular-nums">
          {formatPrice(cartSubtotalCents(cart), cart.currency)}
        </span>
      </div>
      <p className="text-xs text-stone-500">Delivery, tip and the final price come at checkout.</p>
      <div className="flex flex-wrap justify-end gap-2">
        <Link
          href={`/kitchens/${cart.kitchenId}`}
          onClick={closeCart}
          className={buttonClasses({ variant: 'secondary' })}
        >
          Add more
        </Link>
        <Link
          href={`/checkout/${cart.kitchenId}`}
          onClick={closeCart}
          className={buttonClasses({ className: 'flex-1 sm:flex-none' })}
        >
          Checkout
        </Link>
      </div>
    </div>
  );
}
