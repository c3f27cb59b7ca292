import type { EventBus } from './bus.ts';
import { MemoryBus } from './memory.ts';
import { RedisBus } from './redis.ts';

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** `embedded` when `npm test` found no Redis/PostgreSQL and fell back (never under CI). */
export const testServices = (): 'real' | 'embedded' =>
  process.env.TEST_SERVICES === 'embedded' ? 'embedded' : 'real';

/** The bus integration tests run against: real Redis unless the run fell back. */
export async function createTestBus(): Promise<EventBus> {
  if (testServices() === 'embedded') return new MemoryBus();
  // A unique prefix keeps parallel test files from hearing each other.
  return RedisBus.connect(TEST_REDIS_URL, { prefix: `test:${process.pid}:${Math.random()}:` });
}
