import { Browse } from './browse.tsx';
import { filtersFromParams } from './filters.ts';
import { KitchenPage } from './kitchen-page.tsx';
import { LocationPanel } from './location-panel.tsx';
import { locationFromParams } from './location.ts';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** `/kitchens?lat=&lng=`: the browse list, or the location picker when there is no location. */
export async function DiscoveryPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const location = locationFromParams(params);
  if (!location) return <LocationPanel title="Where should we deliver?" />;
  // Keyed by the search text, so the box shows what the URL searched for.
  const filters = filtersFromParams(params);
  return <Browse key={filters.q} location={location} filters={filters} />;
}

/** `/kitchens/<id>?lat=&lng=`: one kitchen and its menu. */
export async function KitchenRoute({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: SearchParams;
}) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  return <KitchenPage id={id} location={locationFromParams(query)} />;
}
