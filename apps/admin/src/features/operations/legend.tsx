import { markerHtml, type MapMarker } from '@homechef/ui/map';

/** What the map's markers mean, each drawn as on the map. */
export function Legend({
  items,
}: {
  items: (Pick<MapMarker, 'shape' | 'color' | 'glyph'> & { label: string })[];
}) {
  return (
    <ul className="flex flex-wrap gap-x-5 gap-y-2 text-sm text-stone-700" aria-label="Map legend">
      {items.map((item) => (
        <li key={item.label} className="flex items-center gap-2">
          <span
            aria-hidden="true"
            // The same markup the map draws (built from constants, escaped).
            dangerouslySetInnerHTML={{
              __html: markerHtml({ ...item, id: item.label, lat: 0, lng: 0 }),
            }}
          />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
