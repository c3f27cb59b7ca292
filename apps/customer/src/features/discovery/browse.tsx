'use client';

import { byCursor } from '@homechef/app-kit';
import { useTRPC } from '@homechef/app-kit/react';
import {
  Button,
  ChefHatIcon,
  ChoiceChips,
  Dialog,
  EmptyState,
  Field,
  FilterSelect,
  formatDistance,
  Input,
  MapPinIcon,
  OpeningStateLabel,
  Rating,
  SearchIcon,
  Select,
  Skeleton,
  Switch,
  tagLabel,
  cn,
  focusRing,
  QueryState,
} from '@homechef/ui';
import { DIETARY_TAGS, SUGGESTED_CUISINES } from '@homechef/validators';
import type { RouterOutputs } from '@homechef/app-kit';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { FilterDisclosure } from './filter-disclosure.tsx';
import { LocationPicker } from './location-picker.tsx';
import { hrefFor, searchInput, type BrowseFilters } from './filters.ts';
import { locationQuery, type DeliveryLocation } from './location.ts';
import { LoadMore } from '../page-parts.tsx';

type Kitchen = RouterOutputs['chefs']['search']['items'][number];

/** Kitchens that deliver to the chosen location, with the filters kept in the URL. */
export function Browse({
  location,
  filters,
}: {
  location: DeliveryLocation;
  filters: BrowseFilters;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [text, setText] = useState(filters.q);
  const [changing, setChanging] = useState(false);
  const update = (next: Partial<BrowseFilters>) =>
    router.replace(hrefFor(location, { ...filters, ...next }), { scroll: false });

  const results = useInfiniteQuery(
    trpc.chefs.search.infiniteQueryOptions(searchInput(location, filters), {
      ...byCursor,
      placeholderData: keepPreviousData,
    }),
  );
  const kitchens = results.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = Boolean(filters.q || filters.cuisine || filters.diet.length || filters.open);

  return (
    <div className="space-y-6">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <p className="flex items-center gap-1.5 text-sm font-semibold tracking-wide text-accent uppercase">
            <MapPinIcon aria-hidden="true" /> Delivering to
          </p>
          <h1 className="text-3xl font-bold tracking-tight text-stone-900">
            Kitchens near {location.label}
          </h1>
        </div>
        <Button variant="secondary" onClick={() => setChanging(true)}>
          Change location
        </Button>
      </div>

      <div className="space-y-4 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm sm:p-5">
        <form
          role="search"
          className="flex gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            update({ q: text.trim() });
          }}
        >
          <label htmlFor="kitchen-search" className="sr-only">
            Search kitchens and dishes
          </label>
          <Input
            id="kitchen-search"
            type="search"
            placeholder="Search kitchens and dishes, e.g. tamales"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <Button type="submit" icon={<SearchIcon aria-hidden="true" />}>
            Search
          </Button>
        </form>
        <FilterDisclosure
          active={[filters.cuisine, filters.open, filters.diet.length].filter(Boolean).length}
        >
          <div className="grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
            <FilterSelect
              label="Cuisine"
              all="Any cuisine"
              options={SUGGESTED_CUISINES}
              optionLabel={tagLabel}
              value={filters.cuisine}
              onChange={(cuisine) => update({ cuisine })}
            />
            <Field label="Sort by">
              <Select
                value={filters.sort}
                onChange={(e) =>
                  update({ sort: e.target.value === 'rating' ? 'rating' : 'distance' })
                }
              >
                <option value="distance">Nearest first</option>
                <option value="rating">Best rated first</option>
              </Select>
            </Field>
            <Switch
              className="pb-2.5"
              checked={filters.open}
              onChange={(open) => update({ open })}
              label="Open now"
            />
          </div>
          <ChoiceChips
            legend="Dietary"
            options={DIETARY_TAGS}
            value={filters.diet}
            onChange={(diet) => update({ diet: diet.slice(0, 5) })}
          />
        </FilterDisclosure>
      </div>

      <QueryState
        query={results}
        loading={
          <div
            aria-busy="true"
            aria-label="Finding kitchens"
            className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3"
          >
            {[0, 1, 2, 3, 4, 5].map((i) => (
              <Skeleton key={i} className="h-44 rounded-2xl" />
            ))}
          </div>
        }
        errorTitle="We couldn’t load kitchens"
        isEmpty={() => kitchens.length === 0}
        empty={
          <EmptyState
            icon={<ChefHatIcon />}
            title={filtered ? 'No kitchens match these filters' : 'No kitchens deliver here yet'}
            description={
              filtered
                ? 'Try fewer filters, or search for something else.'
                : 'HomeChef is growing. Try another location, such as Downtown Oakland.'
            }
            action={
              filtered ? (
                <Button
                  variant="secondary"
                  onClick={() => {
                    setText('');
                    update({ q: '', cuisine: '', diet: [], open: false });
                  }}
                >
                  Clear filters
                </Button>
              ) : (
                <Button variant="secondary" onClick={() => setChanging(true)}>
                  Change location
                </Button>
              )
            }
          />
        }
      >
        {() => (
          <div className={cn('space-y-6', results.isPlaceholderData && 'opacity-60')}>
            <ul aria-label="Kitchens" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {kitchens.map((kitchen) => (
                <li key={kitchen.id}>
                  <KitchenCard kitchen={kitchen} location={location} />
                </li>
              ))}
            </ul>
            {results.hasNextPage ? (
              <LoadMore query={results} label="Load more kitchens" />
            ) : (
              <p className="text-center text-sm text-stone-500">
                {kitchens.length} kitchen{kitchens.length === 1 ? '' : 's'} deliver to{' '}
                {location.label}.
              </p>
            )}
          </div>
        )}
      </QueryState>

      <Dialog open={changing} onClose={() => setChanging(false)} title="Where should we deliver?">
        <LocationPicker onPicked={() => setChanging(false)} />
      </Dialog>
    </div>
  );
}

function KitchenCard({ kitchen, location }: { kitchen: Kitchen; location: DeliveryLocation }) {
  return (
    <Link
      href={`/kitchens/${kitchen.id}?${locationQuery(location)}`}
      data-testid="kitchen-card"
      className={cn(
        'flex h-full flex-col gap-3 rounded-2xl border border-stone-200 bg-white p-5 shadow-sm shadow-stone-900/5 transition hover:-translate-y-0.5 hover:shadow-md',
        focusRing,
      )}
    >
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 className="font-semibold text-stone-900">{kitchen.businessName}</h2>
          <p className="text-sm text-stone-500">
            {kitchen.cuisines.map(tagLabel).join(' · ')}
            {kitchen.city ? ` · ${kitchen.city}` : ''}
          </p>
        </div>
        <span className="shrink-0 rounded-full bg-accent-soft px-2.5 py-1 text-xs font-semibold text-accent-ink">
          {formatDistance(kitchen.distanceM)}
        </span>
      </div>
      {kitchen.bio ? <p className="line-clamp-2 text-sm text-stone-600">{kitchen.bio}</p> : null}
      <div className="mt-auto flex flex-wrap items-center justify-between gap-2 border-t border-stone-100 pt-3">
        <OpeningStateLabel {...kitchen} />
        <Rating average={kitchen.ratingAvg} count={kitchen.ratingCount} />
      </div>
    </Link>
  );
}
