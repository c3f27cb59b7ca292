import { byCursor } from '@homechef/app-kit';
import { homechef } from '~/homechef.ts';
import { Browse } from './browse.tsx';
import { filtersFromParams, kitchenInput, searchInput } from './filters.ts';
import { KitchenPage } from './kitchen-page.tsx';
import { LocationPanel } from './location-panel.tsx';
import { locationFromParams } from './location.ts';

type Query = Record<string, string | string[] | undefined>;

/** `/kitchens?lat=&lng=`: the browse list, or the location picker when there is no location. */
export async function DiscoveryPage({ query }: { query: Query }) {
  const location = locationFromParams(query);
  if (!location) return <LocationPanel title="Where should we deliver?" />;
  const filters = filtersFromParams(query);
  const kitchens = homechef.trpc.chefs.search.infiniteQueryOptions(
    searchInput(location, filters),
    byCursor,
  );
  await homechef.prefetch(kitchens);
  return (
    <homechef.HydrateClient>
      {/* Keyed by the search text, so the box shows what the URL searched for. */}
      <Browse key={filters.q} location={location} filters={filters} />
    </homechef.HydrateClient>
  );
}

/** `/kitchens/<id>?lat=&lng=`: one kitchen and its menu, rendered on the server; 404 if unknown. */
export async function KitchenRoute({ id, query }: { id: string; query: Query }) {
  const location = locationFromParams(query);
  const options = homechef.trpc.chefs.byId.queryOptions(kitchenInput(id, location));
  await homechef.fetchOrNotFound(options);
  return (
    <homechef.HydrateClient>
      <KitchenPage id={id} location={location} />
    </homechef.HydrateClient>
  );
}
