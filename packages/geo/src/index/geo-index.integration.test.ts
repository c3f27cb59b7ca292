import { Redis } from 'ioredis';
import { TEST_REDIS_URL, testServices } from '@homechef/realtime/testing';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { destinationPoint } from '../distance.ts';
import { MemoryGeoIndex } from './memory.ts';
import { RedisGeoIndex } from './redis.ts';
import type { GeoIndex, TrackedPosition } from './types.ts';

const OAKLAND = { lat: 37.8044, lng: -122.2712 };
const redis = testServices() === 'real' ? new Redis(TEST_REDIS_URL) : undefined;
afterAll(() => redis?.disconnect());

const implementations: [string, () => GeoIndex][] = [
  ['memory', () => new MemoryGeoIndex()],
  [
    redis ? 'redis' : 'redis (fallback: memory)',
    () =>
      redis
        ? new RedisGeoIndex(redis, `test:geo:${process.pid}:${Math.random()}:`)
        : new MemoryGeoIndex(),
  ],
];

function at(id: string, bearing: number, metres: number, extra: Partial<TrackedPosition> = {}) {
  const p = destinationPoint(OAKLAND.lat, OAKLAND.lng, bearing, metres);
  return {
    id,
    ...p,
    accuracyM: 8,
    heading: 90,
    speedMps: 4.5,
    at: new Date('2026-03-04T05:06:07.891Z'),
    ...extra,
  };
}

describe.each(implementations)('GeoIndex contract: %s', (_name, make) => {
  let index: GeoIndex;
  beforeEach(() => {
    index = make();
  });

  it('gets back exactly what was stored, and null for an unknown id', async () => {
    const p = at('d1', 45, 300, { accuracyM: null, heading: null, speedMps: null });
    await index.upsert(p);
    expect(await index.get('d1')).toEqual(p);
    const q = at('d2', 10, 10);
    await index.upsert(q);
    expect(await index.get('d2')).toEqual(q);
    expect(await index.get('nobody')).toBeNull();
  });

  it('searches within the radius, nearest first, with distances', async () => {
    await index.upsert(at('far', 0, 5000));
    await index.upsert(at('mid', 90, 1500));
    await index.upsert(at('near', 180, 200));
    await index.upsert(at('edge', 270, 2990));
    const hits = await index.search(OAKLAND, 3000);
    expect(hits.map((h) => h.id)).toEqual(['near', 'mid', 'edge']);
    expect(hits[0]!.distanceM).toBeCloseTo(200, 0);
    expect(hits[1]!.distanceM).toBeCloseTo(1500, 0);
    expect(hits[2]).toMatchObject({ accuracyM: 8, heading: 90, speedMps: 4.5 });
    expect(hits[2]!.at).toEqual(new Date('2026-03-04T05:06:07.891Z'));
  });

  it('limits the search to the nearest ones', async () => {
    for (let i = 0; i < 20; i++) await index.upsert(at(`d${i}`, i * 18, 100 + i * 50));
    const hits = await index.search(OAKLAND, 10_000, { limit: 3 });
    expect(hits.map((h) => h.id)).toEqual(['d0', 'd1', 'd2']);
  });

  it('a move replaces the old position, in get and in search', async () => {
    await index.upsert(at('mover', 0, 100));
    await index.upsert(at('mover', 0, 8000, { at: new Date('2026-03-04T05:07:00Z') }));
    expect(await index.search(OAKLAND, 1000)).toEqual([]);
    const hits = await index.search(OAKLAND, 9000);
    expect(hits.map((h) => h.id)).toEqual(['mover']);
    expect((await index.get('mover'))?.at).toEqual(new Date('2026-03-04T05:07:00Z'));
  });

  it('removes a driver from get and search; removing twice is harmless', async () => {
    await index.upsert(at('gone', 0, 100));
    await index.upsert(at('stays', 0, 200));
    await index.remove('gone');
    await index.remove('gone');
    expect(await index.get('gone')).toBeNull();
    expect((await index.search(OAKLAND, 1000)).map((h) => h.id)).toEqual(['stays']);
  });

  it('finds drivers across the antimeridian', async () => {
    await index.upsert({ ...at('east', 0, 0), lat: -17.7, lng: 179.99 });
    await index.upsert({ ...at('west', 0, 0), lat: -17.7, lng: -179.99 });
    const hits = await index.search({ lat: -17.7, lng: 179.999 }, 5000);
    expect(hits.map((h) => h.id).sort()).toEqual(['east', 'west']);
  });

  it('keeps many frequent moves consistent', async () => {
    for (let round = 0; round < 5; round++) {
      await Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          index.upsert(at(`m${i}`, (i * 7 + round * 3) % 360, 100 + ((i * 37 + round) % 4000))),
        ),
      );
    }
    const hits = await index.search(OAKLAND, 5000);
    expect(hits).toHaveLength(200);
    const expected = Array.from({ length: 200 }, (_, i) => 100 + ((i * 37 + 4) % 4000)).sort(
      (a, b) => a - b,
    );
    hits.forEach((h, i) => expect(h.distanceM).toBeCloseTo(expected[i]!, -1));
  });
});
