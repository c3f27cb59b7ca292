import type { Redis } from 'ioredis';
import { MemoryGeoIndex } from './memory.ts';
import { RedisGeoIndex } from './redis.ts';
import type { GeoIndex } from './types.ts';

export { MemoryGeoIndex } from './memory.ts';
export { RedisGeoIndex } from './redis.ts';
export type { GeoIndex, GeoIndexKind, NearbyPosition, TrackedPosition } from './types.ts';

/** Redis when a connection is given (REDIS_URL), the in-process index otherwise. */
export function createGeoIndex(redis: Redis | undefined, prefix = 'homechef:'): GeoIndex {
  return redis ? new RedisGeoIndex(redis, prefix) : new MemoryGeoIndex();
}
