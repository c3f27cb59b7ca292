import type { RouterInputs } from '@homechef/app-kit';

/** The queue's page size, shared by the server prefetch and the browser's query. */
export const QUEUE_INPUT = { limit: 20 } satisfies RouterInputs['admin']['chefQueue'];
