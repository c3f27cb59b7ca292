import type { RouterInputs } from '@homechef/app-kit';

/** The driver queue's page size, shared by the server prefetch and the browser's query. */
export const DRIVER_QUEUE_INPUT = { limit: 20 } satisfies RouterInputs['admin']['driverQueue'];
