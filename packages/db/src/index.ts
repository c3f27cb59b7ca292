export * from './client.ts';
export * as schema from './schema/index.ts';
export * from './schema/index.ts';
export { seedDemo, isEmpty } from './seed/index.ts';
export type { SeedSummary } from './seed/index.ts';
