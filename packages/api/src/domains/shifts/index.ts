/** The shifts domain's public surface: drivers online, their positions, live tracking. */
export { shiftsRouter, trackingRouter } from './router.ts';
export { sweepSilentDrivers, SILENT_DRIVER_SECONDS } from './shift.ts';
export { createTrailWriter } from './trail.ts';
export { driverLocationTopic } from './topics.ts';
// For the benchmark, which times ingest and fan-out without HTTP in between.
export { acceptPing } from './ping.ts';
export { driverLocationStream } from './stream.ts';
