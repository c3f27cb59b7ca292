import { houseOn, STREET_SEGMENTS, type StreetSegment } from '@homechef/db/city';
import { describe, expect, it } from 'vitest';
import { createBuiltinGeocoder } from './builtin.ts';
import { haversineM } from './distance.ts';

const geocoder = createBuiltinGeocoder();
const TEMESCAL = { lat: 37.8338, lng: -122.2637 };
const find = (query: string, limit = 5, near = TEMESCAL) =>
  geocoder.autocomplete(query, { limit, near });

function street(name: string, neighbourhood: string): StreetSegment {
  const found = STREET_SEGMENTS.find((s) => s.name === name && s.neighbourhood === neighbourhood);
  if (!found) throw new Error(`no ${name} in ${neighbourhood}`);
  return found;
}

/** Metres along the street from its start, and to its left (positive) or right (negative). */
function placeOn(s: StreetSegment, p: { lat: number; lng: number }) {
  const k = Math.cos((s.start.lat * Math.PI) / 180);
  const dir = { x: (s.end.lng - s.start.lng) * k, y: s.end.lat - s.start.lat };
  const rel = { x: (p.lng - s.start.lng) * k, y: p.lat - s.start.lat };
  const length = Math.hypot(dir.x, dir.y);
  return {
    along: (rel.x * dir.x + rel.y * dir.y) / length / length,
    left: dir.x * rel.y - dir.y * rel.x > 0,
  };
}

describe('the built-in geocoder: autocomplete', () => {
  it('suggests the streets whose name starts with what was typed', async () => {
    const found = await find('tele');
    expect(found.map((s) => s.line1)).toEqual(['Telegraph Ave', 'Telegraph Ave']);
    // The one near the customer first; each says where it is.
    expect(found.map((s) => s.label)).toEqual([
      'Telegraph Ave, Temescal, Oakland 94609',
      'Telegraph Ave, Uptown, Oakland 94612',
    ]);
    expect(found[0]).toMatchObject({
      houseNumber: null,
      area: 'Temescal',
      city: 'Oakland',
      postalCode: '94609',
      country: 'US',
    });
  });

  it('ignores case and spacing, and forgives a typo', async () => {
    for (const typed of [
      'macarthur',
      'MACARTHUR BLVD',
      'mac arthur',
      'mcarthur',
      'Macarthur Boulevard',
    ]) {
      const found = await find(typed);
      expect({ typed, first: found[0]?.line1 }).toEqual({ typed, first: 'MacArthur Blvd' });
    }
    expect((await find('telgraph'))[0]?.line1).toBe('Telegraph Ave');
    // Short words must match as typed: "tele" is not "temescal" with a typo.
    expect(
      (await find('tele')).some((s) => s.area === 'Temescal' && s.line1 !== 'Telegraph Ave'),
    ).toBe(false);
    expect(await find('zzzzzz')).toEqual([]);
  });

  it('finds streets by neighbourhood, city and postal code', async () => {
    expect((await find('temescal')).map((s) => s.line1).sort()).toEqual([
      '51st St',
      'Telegraph Ave',
    ]);
    expect((await find('college berkeley')).map((s) => s.label)).toEqual([
      'College Ave, Elmwood, Berkeley 94705',
    ]);
    expect((await find('college ave 94618')).map((s) => s.area)).toEqual(['Rockridge']);
  });

  it('puts the nearer of two same-named streets first', async () => {
    const rockridge = { lat: 37.8443, lng: -122.2515 };
    const elmwood = { lat: 37.857, lng: -122.253 };
    expect((await find('college', 5, rockridge)).map((s) => s.area)).toEqual([
      'Rockridge',
      'Elmwood',
    ]);
    expect((await find('college', 5, elmwood)).map((s) => s.area)).toEqual([
      'Elmwood',
      'Rockridge',
    ]);
  });

  it('interpolates a house number along its street, on its side', async () => {
    const telegraph = street('Telegraph Ave', 'Temescal');
    const [low, mid, odd] = await Promise.all(
      ['4100 telegraph', '4800 Telegraph Ave', '4801 telegraph av'].map(
        async (q) => (await find(q))[0],
      ),
    );
    expect(low).toMatchObject({
      line1: '4100 Telegraph Ave',
      houseNumber: '4100',
      label: '4100 Telegraph Ave, Temescal, Oakland 94609',
    });
    const at = (s: typeof low) => placeOn(telegraph, { lat: s!.lat, lng: s!.lng });
    // 4000..5599: 4100 is a sixteenth of the way, 4800 half.
    expect(at(low).along).toBeCloseTo(100 / 1599, 2);
    expect(at(mid).along).toBeCloseTo(800 / 1599, 2);
    // Even numbers on the right of the way numbers rise, odd ones across the street.
    expect(at(low).left).toBe(false);
    expect(at(mid).left).toBe(false);
    expect(at(odd).left).toBe(true);
    expect(haversineM(mid!.lat, mid!.lng, odd!.lat, odd!.lng)).toBeGreaterThan(20);
    expect(haversineM(mid!.lat, mid!.lng, odd!.lat, odd!.lng)).toBeLessThan(30);
  });

  it('offers no street that lacks the typed number', async () => {
    expect(await find('99999 telegraph')).toEqual([]);
    expect(await find('3999 telegraph')).toEqual([]);
    // 2100 exists on Uptown's Telegraph only.
    expect((await find('2100 telegraph')).map((s) => s.label)).toEqual([
      '2100 Telegraph Ave, Uptown, Oakland 94612',
    ]);
  });

  it('returns at most `limit` suggestions', async () => {
    expect((await find('park', 10)).length).toBeGreaterThan(2);
    expect(await find('park', 2)).toHaveLength(2);
  });

  it('suggests nothing for an empty query or a number alone', async () => {
    expect(await find('')).toEqual([]);
    expect(await find('   ')).toEqual([]);
    expect(await find(', .-')).toEqual([]);
    expect(await find('4100')).toEqual([]);
  });

  it('finds every seeded-style address exactly where the seed puts it', async () => {
    for (const s of STREET_SEGMENTS) {
      for (const n of [s.first, s.first + 1, Math.round((s.first + s.last) / 2), s.last]) {
        const found = await find(`${n} ${s.name}, ${s.city} ${s.postalCode}`, 1);
        const at = houseOn(s, n);
        expect({ q: `${n} ${s.name} ${s.neighbourhood}`, found: found[0] }).toMatchObject({
          found: { line1: `${n} ${s.name}`, area: s.neighbourhood, lat: at?.lat, lng: at?.lng },
        });
      }
    }
  });
});

describe('the built-in geocoder: reverse', () => {
  it('names the house at a geocoded position', async () => {
    for (const s of STREET_SEGMENTS) {
      // A fifth of the way along: clear of the crossing at the neighbourhood's centre.
      const n = s.first + 2 * Math.round((s.last - s.first) / 10);
      const at = houseOn(s, n)!;
      expect(await geocoder.reverse(at)).toMatchObject({
        line1: `${n} ${s.name}`,
        area: s.neighbourhood,
        city: s.city,
        postalCode: s.postalCode,
      });
    }
  });

  it('gives the number on the side of the street the point is on', async () => {
    const telegraph = street('Telegraph Ave', 'Temescal');
    const even = houseOn(telegraph, 4400)!;
    const odd = houseOn(telegraph, 4401)!;
    // A little further out on each side than the houses themselves.
    const beyond = (p: typeof even, from: typeof even) => ({
      lat: p.lat + (p.lat - from.lat) * 0.5,
      lng: p.lng + (p.lng - from.lng) * 0.5,
    });
    const right = await geocoder.reverse(beyond(even, odd));
    const left = await geocoder.reverse(beyond(odd, even));
    expect(Number(right?.houseNumber) % 2).toBe(0);
    expect(Number(left?.houseNumber) % 2).toBe(1);
    expect(Math.abs(Number(right?.houseNumber) - 4400)).toBeLessThanOrEqual(2);
    expect(Math.abs(Number(left?.houseNumber) - 4401)).toBeLessThanOrEqual(2);
  });

  it('finds nothing far from the demo city', async () => {
    expect(await geocoder.reverse({ lat: 40.7128, lng: -74.006 })).toBeNull();
    expect(await geocoder.reverse({ lat: 37.9, lng: -122.1 })).toBeNull();
  });
});
