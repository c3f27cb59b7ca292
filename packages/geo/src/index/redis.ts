import type { Redis } from 'ioredis';
import { haversineM } from '../distance.ts';
import type { GeoIndex, NearbyPosition, TrackedPosition } from './types.ts';

/** What the hash keeps beside the geo set: the exact fix (GEOADD rounds to ~0.6 m). */
type Stored = Omit<TrackedPosition, 'id' | 'at'> & { at: number };

/**
 * Redis geo index shared by every server instance: a geo set (GEOADD / GEOSEARCH) of
 * positions and a hash of each driver's fix (exact coordinates, accuracy, heading, speed,
 * time). Both change in one MULTI, so a reader never sees one without the other.
 */
export class RedisGeoIndex implements GeoIndex {
  readonly kind = 'redis' as const;
  readonly #redis: Redis;
  readonly #geoKey: string;
  readonly #fixKey: string;

  /** `redis` is a connection the caller owns (it is not closed here); `prefix` names keys. */
  constructor(redis: Redis, prefix: string) {
    this.#redis = redis;
    this.#geoKey = `${prefix}drivers:geo`;
    this.#fixKey = `${prefix}drivers:fix`;
  }

  async upsert(p: TrackedPosition): Promise<void> {
    const stored: Stored = {
      lat: p.lat,
      lng: p.lng,
      accuracyM: p.accuracyM,
      heading: p.heading,
      speedMps: p.speedMps,
      at: p.at.getTime(),
    };
    await this.#redis
      .multi()
      .geoadd(this.#geoKey, p.lng, p.lat, p.id)
      .hset(this.#fixKey, p.id, JSON.stringify(stored))
      .exec();
  }

  async remove(id: string): Promise<void> {
    await this.#redis.multi().zrem(this.#geoKey, id).hdel(this.#fixKey, id).exec();
  }

  async get(id: string): Promise<TrackedPosition | null> {
    const raw = await this.#redis.hget(this.#fixKey, id);
    return raw ? parse(id, raw) : null;
  }

  async search(
    center: { lat: number; lng: number },
    radiusM: number,
    { limit }: { limit?: number } = {},
  ): Promise<NearbyPosition[]> {
    // Redis measures on a slightly different sphere: ask a hair wider, then filter and sort
    // by the same great-circle distance as the in-process index.
    const args: (string | number)[] = [
      this.#geoKey,
      'FROMLONLAT',
      center.lng,
      center.lat,
      'BYRADIUS',
      radiusM * 1.001 + 1,
      'm',
      'ASC',
    ];
    if (limit !== undefined) args.push('COUNT', limit + 8);
    const ids = (await this.#redis.call('GEOSEARCH', ...args)) as string[];
    if (ids.length === 0) return [];
    const fixes = await this.#redis.hmget(this.#fixKey, ...ids);
    const hits: NearbyPosition[] = [];
    ids.forEach((id, i) => {
      const raw = fixes[i];
      if (!raw) return;
      const position = parse(id, raw);
      const distanceM = haversineM(center.lat, center.lng, position.lat, position.lng);
      if (distanceM <= radiusM) hits.push({ ...position, distanceM });
    });
    hits.sort((a, b) => a.distanceM - b.distanceM);
    return limit === undefined ? hits : hits.slice(0, limit);
  }

  /** The connection belongs to the caller. */
  close(): Promise<void> {
    return Promise.resolve();
  }
}

function parse(id: string, raw: string): TrackedPosition {
  const s = JSON.parse(raw) as Stored;
  return {
    id,
    lat: s.lat,
    lng: s.lng,
    accuracyM: s.accuracyM,
    heading: s.heading,
    speedMps: s.speedMps,
    at: new Date(s.at),
  };
}
