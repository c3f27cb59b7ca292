export * from './bus.ts';
export { MemoryBus } from './memory.ts';
export { RedisBus, type RedisBusOptions } from './redis.ts';
export { subscribeIterable } from './iterate.ts';

import type { EventBus } from './bus.ts';
import { MemoryBus } from './memory.ts';
import { RedisBus, type RedisBusOptions } from './redis.ts';

/** Redis when a URL is given, the in-process bus otherwise. */
export async function createBus(
  redisUrl: string | undefined,
  options: RedisBusOptions = {},
): Promise<EventBus> {
  return redisUrl ? RedisBus.connect(redisUrl, options) : new MemoryBus();
}
