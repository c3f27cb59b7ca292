export * from './client.ts';
export * as schema from './schema/index.ts';
export * from './schema/index.ts';
export { demoPayouts, demoPayoutsToConnect, seedDemo, isEmpty } from './seed/index.ts';
export type { DemoPayout, DemoPayoutToConnect, SeedSummary } from './seed/index.ts';
