/** The health domain's public surface: the only module other domains import from it. */
export { healthRouter, HEARTBEAT_TOPIC, type Heartbeat } from './router.ts';
