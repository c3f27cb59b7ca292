'use client';

import { useTRPC } from '@homechef/app-kit/react';
import type { RouterOutputs } from '@homechef/app-kit';
import {
  Alert,
  Button,
  Card,
  EmptyState,
  PageHeader,
  QueryState,
  ShoppingBagIcon,
  Skeleton,
  buttonClasses,
  formatPrice,
} from '@homechef/ui';
import type { QuoteProblem } from '@homechef/validators';
import { keepPreviousData, skipToken, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useState, type ReactNode } from 'react';
import { CartItemDetails } from '../cart/cart-sheet.tsx';
import { cartSubtotalCents, type Cart } from '../cart/cart-store.ts';
import { openCart, useCart } from '../cart/use-cart.ts';
import { kitchenInput } from '../discovery/filters.ts';
import { PriceBreakdown } from '../orders/price-breakdown.tsx';
import { useHydrated } from '../use-hydrated.ts';
import { DeliveryAddressSection } from './delivery-address.tsx';
import { chosenAddress, deliveryAddressInput, quoteRequest, type CheckoutDraft } from './draft.ts';
import { groupProblems, type GroupedProblems } from './problems.ts';
import { TipPicker } from './tip-picker.tsx';
import { useCheckoutDraft, useDebounced } from './use-checkout-draft.ts';
import { usePlaceOrder } from './use-place-order.ts';
import { WhenPicker } from './when-picker.tsx';

type Kitchen = RouterOutputs['chefs']['byId'];
type Quote = RouterOutputs['orders']['quote'];

/** `/checkout/<kitchen>`: address, time, tip, the server's price, and Pay. */
export function CheckoutPage({ kitchenId }: { kitchenId: string }) {
  const trpc = useTRPC();
  // The cart is in the browser: the server renders the skeleton.
  const ready = useHydrated();
  const cart = useCart();
  const kitchen = useQuery(trpc.chefs.byId.queryOptions(kitchenInput(kitchenId, null)));

  if (!ready) return <CheckoutSkeleton />;
  if (!cart || cart.kitchenId !== kitchenId) {
    return (
      <EmptyState
        icon={<ShoppingBagIcon />}
        title="Nothing to check out here"
        description={
          cart
            ? `Your cart holds dishes from ${cart.kitchenName}.`
            : 'Your cart is empty: add a dish from a kitchen first.'
        }
        action={
          cart ? (
            <Link href={`/checkout/${cart.kitchenId}`} className={buttonClasses()}>
              Check out from {cart.kitchenName}
            </Link>
          ) : (
            <Link href={`/kitchens/${kitchenId}`} className={buttonClasses()}>
              Back to the kitchen
            </Link>
          )
        }
      />
    );
  }
  return (
    <QueryState
      query={kitchen}
      loading={<CheckoutSkeleton />}
      errorTitle="We couldn’t load this kitchen"
    >
      {(data) => <CheckoutForm cart={cart} kitchen={data} />}
    </QueryState>
  );
}

function CheckoutSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading checkout" className="space-y-6">
      <Skeleton className="h-10 w-72" />
      <div className="grid gap-6 lg:grid-cols-[1fr_24rem]">
        <div className="space-y-4">
          <Skeleton className="h-56 rounded-2xl" />
          <Skeleton className="h-32 rounded-2xl" />
        </div>
        <Skeleton className="h-80 rounded-2xl" />
      </div>
    </div>
  );
}

function CheckoutForm({ cart, kitchen }: { cart: Cart; kitchen: Kitchen }) {
  const trpc = useTRPC();
  const [draft, setDraft] = useCheckoutDraft(cart);
  const [showErrors, setShowErrors] = useState(false);
  const update = (change: Partial<CheckoutDraft>) => setDraft((d) => ({ ...d, ...change }));

  const addresses = useQuery(trpc.users.addresses.list.queryOptions());
  // Without the saved ones the customer can still type an address.
  const saved = addresses.isError ? [] : addresses.data;
  const chosen = chosenAddress(draft, saved);
  const address = chosen === null ? null : deliveryAddressInput(draft, chosen);

  // The tip's share is of the food as last priced (the previous quote stays while a new one
  // loads), or of the cart's own prices before the first quote.
  const [pricedFood, setPricedFood] = useState<number | null>(null);
  const foodCents = pricedFood ?? cartSubtotalCents(cart);
  const request = quoteRequest(cart, draft, address?.address ?? null, foodCents);
  const debounced = useDebounced(request, 350);
  const quote = useQuery({
    ...trpc.orders.quote.queryOptions(debounced ?? skipToken),
    placeholderData: keepPreviousData,
  });
  const current = JSON.stringify(request) === JSON.stringify(debounced);
  const fresh = Boolean(quote.data) && !quote.isPlaceholderData && current && !quote.isFetching;
  if (quote.data && quote.data.subtotalCents !== pricedFood)
    setPricedFood(quote.data.subtotalCents);

  const problems = groupProblems(quote.data && request ? quote.data.problems : []);
  const place = usePlaceOrder(cart.kitchenId, () => void quote.refetch());
  const typedErrors = showErrors && address?.errors ? address.errors : {};

  function pay() {
    if (!request) {
      setShowErrors(true);
      // Let the errors render, then take the customer to the first one.
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    if (!fresh || !quote.data || quote.data.problems.length > 0) return;
    place.pay(request);
  }

  return (
    <>
      <PageHeader
        eyebrow="Checkout"
        title={`Your order from ${kitchen.businessName}`}
        description="Check where and when, then pay on the secure payment page."
      />
      <div className="grid items-start gap-6 lg:grid-cols-[1fr_24rem]">
        <div className="min-w-0 space-y-6">
          {problems.general.length ? <ProblemList problems={problems.general} /> : null}
          <Card title="Delivery address">
            <DeliveryAddressSection
              saved={addresses.isPending ? undefined : saved}
              chosen={chosen}
              onChoose={(id) => update({ address: id })}
              typed={draft.typed}
              onTyped={(typed) => update({ typed })}
              typedErrors={typedErrors}
              instructions={draft.instructions}
              onInstructions={(instructions) => update({ instructions })}
              problems={<ProblemList problems={problems.address} />}
              near={cart.location ? { lat: cart.location.lat, lng: cart.location.lng } : undefined}
            />
          </Card>
          <Card title="When">
            <WhenPicker
              kitchen={kitchen}
              value={draft.scheduledFor}
              onChange={(scheduledFor) => update({ scheduledFor })}
              problems={<ProblemList problems={problems.when} />}
            />
          </Card>
          <Card title="Tip">
            <TipPicker
              value={draft.tip}
              onChange={(tip) => update({ tip })}
              foodCents={foodCents}
              currency={cart.currency}
            />
          </Card>
        </div>

        <Card
          title="Your order"
          action={
            <Button variant="ghost" size="sm" onClick={openCart}>
              Edit
            </Button>
          }
          className="lg:sticky lg:top-24"
        >
          <div className="space-y-4">
            <OrderLines cart={cart} quote={quote.data ?? null} problems={problems} />
            <Summary
              quote={quote.data ?? null}
              hasRequest={request !== null}
              failed={quote.isError && !quote.isFetching ? quote.error.message : null}
              onRetry={() => void quote.refetch()}
              timezone={kitchen.timezone}
            />
            {place.error ? (
              <Alert tone="error" title="Your order was not placed">
                {place.error}
              </Alert>
            ) : null}
            {showErrors && !request ? (
              <p role="alert" className="text-sm font-medium text-red-700">
                Complete the delivery address to pay.
              </p>
            ) : null}
            {fresh && quote.data && quote.data.problems.length > 0 ? (
              <p className="text-sm font-medium text-red-700">
                Sort out what is marked in red to pay.
              </p>
            ) : null}
            <Button
              size="lg"
              className="w-full"
              data-testid="pay"
              loading={place.busy}
              disabled={request !== null && (!fresh || (quote.data?.problems.length ?? 0) > 0)}
              onClick={pay}
            >
              {place.busy
                ? 'Opening the payment page…'
                : request && quote.data && fresh
                  ? `Pay ${formatPrice(quote.data.totalCents, quote.data.currency)}`
                  : request && !quote.isError
                    ? 'Updating the price…'
                    : 'Pay'}
            </Button>
            <p className="text-center text-xs text-stone-500">
              You pay on Stripe’s secure page. Your cart stays here until the payment goes through.
            </p>
          </div>
        </Card>
      </div>
    </>
  );
}

function OrderLines({
  cart,
  quote,
  problems,
}: {
  cart: Cart;
  quote: Quote | null;
  problems: GroupedProblems;
}) {
  // The quote leaves out lines whose dish is gone, so its lines follow the cart's minus those.
  const gone = new Set(
    quote?.problems.filter((p) => p.code === 'item_not_found').map((p) => p.line) ?? [],
  );
  let next = 0;
  const priced = cart.items.map((_, i) => (gone.has(i) ? null : (quote?.lines[next++] ?? null)));
  return (
    <ul aria-label="Dishes" className="space-y-3">
      {cart.items.map((item, i) => {
        const line = priced[i];
        return (
          <li key={item.key} data-testid="checkout-line" className="text-sm">
            <div className="flex items-start justify-between gap-3">
              <div className="min-w-0">
                <p className="font-medium text-stone-900">
                  {item.quantity} × {item.name}
                </p>
                <CartItemDetails item={item} />
              </div>
              <span className="shrink-0 text-stone-700 tabular-nums">
                {line
                  ? formatPrice(line.lineTotalCents, quote?.currency ?? cart.currency)
                  : formatPrice(item.unitPriceCents * item.quantity, cart.currency)}
              </span>
            </div>
            <ProblemList problems={problems.lines.get(i) ?? []} compact />
          </li>
        );
      })}
    </ul>
  );
}

function Summary({
  quote,
  hasRequest,
  failed,
  onRetry,
  timezone,
}: {
  quote: Quote | null;
  hasRequest: boolean;
  failed: string | null;
  onRetry: () => void;
  timezone: string;
}) {
  if (failed) {
    return (
      <Alert tone="error" title="We couldn’t price your order">
        <p>{failed}</p>
        <button type="button" className="mt-1 font-semibold underline" onClick={onRetry}>
          Try again
        </button>
      </Alert>
    );
  }
  if (!hasRequest) {
    return (
      <p className="rounded-xl bg-stone-50 px-3.5 py-3 text-sm text-stone-600">
        Enter your delivery address to see the delivery fee and the total.
      </p>
    );
  }
  if (!quote) return <Skeleton className="h-28 rounded-xl" aria-label="Pricing your order" />;
  return (
    <div className="space-y-2 border-t border-stone-100 pt-4">
      <PriceBreakdown prices={quote} distanceM={quote.distanceM} />
      <p className="text-xs text-stone-500">
        Ready by about{' '}
        {new Intl.DateTimeFormat('en-US', {
          timeZone: timezone,
          weekday: 'short',
          hour: 'numeric',
          minute: '2-digit',
        }).format(quote.readyBy)}
      </p>
    </div>
  );
}

function ProblemList({
  problems,
  compact = false,
}: {
  problems: readonly QuoteProblem[];
  compact?: boolean;
}): ReactNode {
  if (problems.length === 0) return null;
  if (compact) {
    return (
      <ul data-testid="problem" className="mt-1 space-y-0.5 text-sm font-medium text-red-700">
        {problems.map((p) => (
          <li key={`${p.code}-${p.message}`}>{p.message}</li>
        ))}
      </ul>
    );
  }
  return (
    <Alert tone="error">
      <ul data-testid="problem" className="space-y-1">
        {problems.map((p) => (
          <li key={`${p.code}-${p.message}`}>{p.message}</li>
        ))}
      </ul>
    </Alert>
  );
}
