/**
 * The Photon and Nominatim clients against a local HTTP server that answers with JSON shaped
 * like theirs (recorded from the public instances, trimmed): real requests, no mocked fetch.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGeocoder } from './index.ts';
import { GeocoderUnavailableError } from './types.ts';

const PHOTON_SEARCH = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [-122.2626588, 37.8256431] },
      properties: {
        osm_type: 'N',
        osm_id: 4546153621,
        osm_key: 'place',
        osm_value: 'house',
        type: 'house',
        housenumber: '4100',
        street: 'Telegraph Avenue',
        postcode: '94609',
        district: 'Temescal',
        city: 'Oakland',
        county: 'Alameda County',
        state: 'California',
        country: 'United States',
        countrycode: 'US',
      },
    },
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [-122.2641, 37.8402] },
      properties: {
        osm_type: 'W',
        osm_id: 396085432,
        osm_key: 'highway',
        osm_value: 'primary',
        type: 'street',
        name: 'Telegraph Avenue',
        postcode: '94609',
        district: 'Temescal',
        city: 'Oakland',
        countrycode: 'US',
      },
    },
    {
      // A city is not an address: dropped.
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [-122.2712, 37.8044] },
      properties: {
        osm_type: 'R',
        osm_id: 2833530,
        osm_key: 'place',
        osm_value: 'city',
        type: 'city',
        name: 'Oakland',
        countrycode: 'US',
      },
    },
    {
      // A village without a postcode: kept, the form asks for it.
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [-0.1, 51.5] },
      properties: {
        osm_type: 'N',
        osm_id: 1,
        type: 'house',
        housenumber: '12',
        street: 'Telegraph Lane',
        village: 'Claygate',
        countrycode: 'gb',
      },
    },
  ],
};

const NOMINATIM_SEARCH = [
  {
    place_id: 298712,
    osm_type: 'node',
    osm_id: 4546153621,
    lat: '37.8256431',
    lon: '-122.2626588',
    category: 'place',
    type: 'house',
    name: '',
    display_name:
      '4100, Telegraph Avenue, Temescal, Oakland, Alameda County, California, 94609, United States',
    address: {
      house_number: '4100',
      road: 'Telegraph Avenue',
      neighbourhood: 'Temescal',
      city: 'Oakland',
      county: 'Alameda County',
      state: 'California',
      'ISO3166-2-lvl4': 'US-CA',
      postcode: '94609',
      country: 'United States',
      country_code: 'us',
    },
  },
  {
    place_id: 298999,
    osm_type: 'way',
    osm_id: 396085432,
    lat: '37.8402',
    lon: '-122.2641',
    category: 'highway',
    type: 'primary',
    name: 'Telegraph Avenue',
    address: {
      road: 'Telegraph Avenue',
      suburb: 'North Oakland',
      city: 'Oakland',
      postcode: '94609',
      country_code: 'us',
    },
  },
];

/** The house both services know, as the forms get it. */
const TELEGRAPH_4100 = {
  label: '4100 Telegraph Avenue, Temescal, Oakland 94609',
  line1: '4100 Telegraph Avenue',
  houseNumber: '4100',
  area: 'Temescal',
  city: 'Oakland',
  postalCode: '94609',
  country: 'US',
  lat: 37.8256431,
  lng: -122.2626588,
};

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
const json =
  (body: unknown): Handler =>
  (_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(body));
  };

let server: Server;
let baseUrl: string;
let routes: Record<string, Handler>;
let seen: URL[];

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    seen.push(url);
    const handler = routes[url.pathname];
    if (handler) handler(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/geo`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  routes = {};
  seen = [];
});

const near = { lat: 37.8338, lng: -122.2637 };

describe('the Photon geocoder', () => {
  const photon = () => createGeocoder({ url: baseUrl, kind: 'photon', timeoutMs: 500 });

  it('maps GeoJSON features to addresses, with the typed number on a bare street', async () => {
    routes['/geo/api'] = json(PHOTON_SEARCH);
    const found = await photon().autocomplete('4100 Telegraph', { near, limit: 5 });
    expect(found).toEqual([
      { id: 'photon:N4546153621:4100', ...TELEGRAPH_4100 },
      // The street, given the typed number, reads like the house above: left out.
      expect.objectContaining({
        line1: '12 Telegraph Lane',
        city: 'Claygate',
        postalCode: '',
        country: 'GB',
      }),
    ]);
    const asked = seen[0]!;
    expect(asked.searchParams.get('q')).toBe('4100 Telegraph');
    expect(asked.searchParams.get('lat')).toBe('37.8338');
    expect(asked.searchParams.get('lon')).toBe('-122.2637');
    expect(Number(asked.searchParams.get('limit'))).toBeGreaterThanOrEqual(5);
  });

  it('gives a street without house numbers the typed one, pinned on the street', async () => {
    routes['/geo/api'] = json({ ...PHOTON_SEARCH, features: PHOTON_SEARCH.features.slice(1, 2) });
    expect(await photon().autocomplete('4150 telegraph', { limit: 5 })).toEqual([
      expect.objectContaining({
        id: 'photon:W396085432:4150',
        line1: '4150 Telegraph Avenue',
        houseNumber: '4150',
        lat: 37.8402,
        lng: -122.2641,
      }),
    ]);
  });

  it('keeps a bare street without a number as a street, and honours the limit', async () => {
    routes['/geo/api'] = json(PHOTON_SEARCH);
    const found = await photon().autocomplete('telegraph', { limit: 1 });
    expect(found).toHaveLength(1);
    expect(seen[0]!.searchParams.has('lat')).toBe(false);
    const street = await photon().autocomplete('telegraph', { limit: 2 });
    expect(street[1]).toMatchObject({ line1: 'Telegraph Avenue', houseNumber: null });
  });

  it('asks nothing for an empty query', async () => {
    expect(await photon().autocomplete('  ', { limit: 5 })).toEqual([]);
    expect(seen).toEqual([]);
  });

  it('reverse-geocodes through /reverse', async () => {
    routes['/geo/reverse'] = json({
      type: 'FeatureCollection',
      features: PHOTON_SEARCH.features.slice(0, 1),
    });
    expect(await photon().reverse(near)).toMatchObject({
      line1: '4100 Telegraph Avenue',
      postalCode: '94609',
    });
    expect(seen[0]!.searchParams.get('lat')).toBe('37.8338');
    routes['/geo/reverse'] = json({ type: 'FeatureCollection', features: [] });
    expect(await photon().reverse(near)).toBeNull();
  });
});

describe('the Nominatim geocoder', () => {
  const nominatim = () => createGeocoder({ url: `${baseUrl}/`, kind: 'nominatim', timeoutMs: 500 });

  it('maps jsonv2 results with address details to addresses', async () => {
    routes['/geo/search'] = json(NOMINATIM_SEARCH);
    const found = await nominatim().autocomplete('4100 telegraph ave', { near, limit: 5 });
    expect(found[0]).toEqual({ id: 'nominatim:node4546153621:4100', ...TELEGRAPH_4100 });
    expect(found[1]).toMatchObject({
      line1: '4100 Telegraph Avenue',
      area: 'North Oakland',
      lat: 37.8402,
    });
    const asked = seen[0]!;
    expect(Object.fromEntries(asked.searchParams)).toMatchObject({
      q: '4100 telegraph ave',
      format: 'jsonv2',
      addressdetails: '1',
    });
    const [left, top, right, bottom] = asked.searchParams.get('viewbox')!.split(',').map(Number);
    expect(left! < near.lng && near.lng < right! && bottom! < near.lat && near.lat < top!).toBe(
      true,
    );
  });

  it('reverse-geocodes, and says null where Nominatim finds nothing', async () => {
    routes['/geo/reverse'] = json(NOMINATIM_SEARCH[0]);
    expect(await nominatim().reverse(near)).toMatchObject({
      line1: '4100 Telegraph Avenue',
      city: 'Oakland',
    });
    expect(Object.fromEntries(seen[0]!.searchParams)).toMatchObject({
      format: 'jsonv2',
      lat: '37.8338',
      lon: '-122.2637',
    });
    routes['/geo/reverse'] = json({ error: 'Unable to geocode' });
    expect(await nominatim().reverse({ lat: 0, lng: 0 })).toBeNull();
  });
});

describe('a geocoding service that misbehaves', () => {
  const photon = () => createGeocoder({ url: baseUrl, kind: 'photon', timeoutMs: 300 });
  const failure = () =>
    photon()
      .autocomplete('telegraph', { limit: 5 })
      .then(
        () => null,
        (error: unknown) => error,
      );

  it('is unavailable when it answers an error status', async () => {
    routes['/geo/api'] = (_req, res) => res.writeHead(502).end('bad gateway');
    const error = await failure();
    expect(error).toBeInstanceOf(GeocoderUnavailableError);
    expect((error as Error).message).toMatch(/answered HTTP 502/);
  });

  it('is unavailable when it is too slow', async () => {
    routes['/geo/api'] = () => {
      /* never answers */
    };
    const started = Date.now();
    const error = await failure();
    expect(error).toBeInstanceOf(GeocoderUnavailableError);
    expect((error as Error).message).toMatch(/did not answer within 300 ms/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('is unavailable when it sends something else than its JSON', async () => {
    routes['/geo/api'] = (_req, res) => res.end('<html>maintenance</html>');
    expect(((await failure()) as Error).message).toMatch(/not JSON/);
    routes['/geo/api'] = json({ features: [{ geometry: {} }] });
    expect(((await failure()) as Error).message).toMatch(/unexpected shape/);
  });

  it('is unavailable when nothing listens', async () => {
    const closed = createGeocoder({ url: 'http://127.0.0.1:9/', kind: 'photon', timeoutMs: 500 });
    await expect(closed.autocomplete('x y', { limit: 5 })).rejects.toBeInstanceOf(
      GeocoderUnavailableError,
    );
  });

  it('lets the caller abort a lookup', async () => {
    routes['/geo/api'] = () => {
      /* never answers */
    };
    const controller = new AbortController();
    const pending = photon().autocomplete('telegraph', { limit: 5, signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.not.toBeInstanceOf(GeocoderUnavailableError);
  });
});
