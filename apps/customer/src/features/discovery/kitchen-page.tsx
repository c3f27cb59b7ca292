'use client';

import { useTRPC } from '@homechef/app-kit/react';
import type { RouterOutputs } from '@homechef/app-kit';
import {
  Alert,
  AllergenList,
  Badge,
  Button,
  Card,
  DietaryBadges,
  EmptyState,
  formatDistance,
  formatPrice,
  MenuBookIcon,
  OpeningHoursList,
  OpeningStateLabel,
  PlusIcon,
  QueryState,
  Rating,
  Skeleton,
  tagLabel,
  cn,
} from '@homechef/ui';
import { useQuery } from '@tanstack/react-query';
import { KitchenReviews } from '../reviews/kitchen-reviews.tsx';
import { useState } from 'react';
import { AddToCartDialog } from '../cart/add-to-cart-dialog.tsx';
import type { CartKitchen } from '../cart/cart-store.ts';
import { choiceRule } from '../cart/options.ts';
import { BackLink } from '../page-parts.tsx';
import { kitchenInput } from './filters.ts';
import { locationQuery, type DeliveryLocation } from './location.ts';

type Kitchen = RouterOutputs['chefs']['byId'];
type Dish = Kitchen['menus'][number]['items'][number];

export function KitchenPage({ id, location }: { id: string; location: DeliveryLocation | null }) {
  const trpc = useTRPC();
  const kitchen = useQuery(trpc.chefs.byId.queryOptions(kitchenInput(id, location)));
  return (
    <div className="space-y-6">
      <BackLink href={location ? { pathname: '/kitchens', query: locationQuery(location) } : '/'}>
        {location ? `Kitchens near ${location.label}` : 'Home'}
      </BackLink>
      <QueryState
        query={kitchen}
        loading={
          <div aria-busy="true" aria-label="Loading the kitchen" className="space-y-6">
            <Skeleton className="h-40 rounded-3xl" />
            <div className="grid gap-6 lg:grid-cols-3">
              <div className="space-y-3 lg:col-span-2">
                <Skeleton className="h-24 rounded-2xl" />
                <Skeleton className="h-24 rounded-2xl" />
                <Skeleton className="h-24 rounded-2xl" />
              </div>
              <Skeleton className="h-72 rounded-2xl" />
            </div>
          </div>
        }
        errorTitle="We couldn’t load this kitchen"
      >
        {(data) => <KitchenDetails kitchen={data} location={location} />}
      </QueryState>
    </div>
  );
}

function KitchenDetails({
  kitchen,
  location,
}: {
  kitchen: Kitchen;
  location: DeliveryLocation | null;
}) {
  const [adding, setAdding] = useState<Dish | null>(null);
  // A chef previewing their own kitchen cannot order from it.
  const canOrder = kitchen.isListed;
  const cartKitchen: CartKitchen = {
    id: kitchen.id,
    name: kitchen.businessName,
    currency: kitchen.menus[0]?.items[0]?.currency ?? 'usd',
    location,
  };
  return (
    <>
      <header className="rounded-3xl bg-gradient-to-br from-brand-50 via-white to-amber-50 px-6 py-8 ring-1 ring-brand-100 sm:px-10">
        <p className="text-sm font-semibold tracking-wide text-accent uppercase">
          {kitchen.cuisines.map(tagLabel).join(' · ')}
        </p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight text-stone-900 sm:text-4xl">
          {kitchen.businessName}
        </h1>
        {kitchen.bio ? <p className="mt-3 max-w-2xl text-stone-700">{kitchen.bio}</p> : null}
        <div className="mt-4 flex flex-wrap items-center gap-x-5 gap-y-2 text-sm text-stone-700">
          <OpeningStateLabel {...kitchen} />
          <Rating average={kitchen.ratingAvg} count={kitchen.ratingCount} />
          {kitchen.city ? <span>{kitchen.city}</span> : null}
          {kitchen.distanceM !== null ? (
            <span>{formatDistance(kitchen.distanceM)} away</span>
          ) : null}
          <span>Ready in about {kitchen.leadTimeMinutes} min</span>
        </div>
        {kitchen.deliversToYou === false ? (
          <Alert tone="info" className="mt-4">
            This kitchen doesn’t deliver to your location: it delivers within{' '}
            {formatDistance(kitchen.deliveryRadiusM)}.
          </Alert>
        ) : null}
        {!kitchen.isListed ? (
          <Alert tone="info" className="mt-4">
            Preview: customers can’t see this kitchen yet.
          </Alert>
        ) : null}
        {kitchen.dietaryTags.length ? (
          <div className="mt-4">
            <p className="sr-only">Dietary options on this menu</p>
            <DietaryBadges tags={kitchen.dietaryTags} />
          </div>
        ) : null}
      </header>

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-8 lg:col-span-2">
          {kitchen.menus.length === 0 ? (
            <EmptyState
              icon={<MenuBookIcon />}
              title="No dishes today"
              description="This kitchen hasn’t put anything on its menu yet."
            />
          ) : (
            kitchen.menus.map((menu) => (
              <section key={menu.id} aria-labelledby={`menu-${menu.id}`} className="space-y-3">
                <div>
                  <h2 id={`menu-${menu.id}`} className="text-xl font-semibold text-stone-900">
                    {menu.name}
                  </h2>
                  {menu.description ? (
                    <p className="text-sm text-stone-500">{menu.description}</p>
                  ) : null}
                </div>
                <ul className="space-y-3">
                  {menu.items.map((dish) => (
                    <li key={dish.id}>
                      <DishCard dish={dish} onAdd={canOrder ? () => setAdding(dish) : null} />
                    </li>
                  ))}
                </ul>
              </section>
            ))
          )}
        </div>
        <div className="space-y-6">
          <Card title="Opening hours">
            <OpeningHoursList hours={kitchen.openingHours} timezone={kitchen.timezone} />
          </Card>
          {kitchen.allergens.length ? (
            <Card title="Allergens on this menu" description="Each dish lists its own.">
              <p className="text-sm text-stone-700">{kitchen.allergens.map(tagLabel).join(', ')}</p>
            </Card>
          ) : null}
          <KitchenReviews chefId={kitchen.id} />
        </div>
      </div>
      <AddToCartDialog dish={adding} kitchen={cartKitchen} onClose={() => setAdding(null)} />
    </>
  );
}

function DishCard({ dish, onAdd }: { dish: Dish; onAdd: (() => void) | null }) {
  return (
    <article
      data-testid="dish"
      className={cn(
        'flex gap-4 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm',
        !dish.isAvailable && 'opacity-60',
      )}
    >
      <div className="min-w-0 flex-1 space-y-1.5">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h3 className="font-semibold text-stone-900">{dish.name}</h3>
          <span className="font-semibold text-stone-900">
            {formatPrice(dish.priceCents, dish.currency)}
          </span>
        </div>
        {dish.description ? <p className="text-sm text-stone-600">{dish.description}</p> : null}
        <div className="flex flex-wrap items-center gap-2">
          {!dish.isAvailable ? <Badge tone="neutral">Sold out today</Badge> : null}
          <DietaryBadges tags={dish.dietaryTags} />
        </div>
        <AllergenList allergens={dish.allergens} />
        {dish.optionGroups.map((group) => (
          <p key={group.id} className="text-xs text-stone-500">
            <span className="font-medium text-stone-700">
              {group.name} ({choiceRule(group)}):
            </span>{' '}
            {group.options
              .map((o) =>
                o.priceDeltaCents
                  ? `${o.name} +${formatPrice(o.priceDeltaCents, dish.currency)}`
                  : o.name,
              )
              .join(', ')}
          </p>
        ))}
      </div>
      {onAdd && dish.isAvailable ? (
        <div className="shrink-0 self-end">
          <Button size="sm" icon={<PlusIcon aria-hidden="true" />} onClick={onAdd}>
            Add<span className="sr-only"> {dish.name} to your cart</span>
          </Button>
        </div>
      ) : null}
    </article>
  );
}
