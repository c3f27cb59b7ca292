import 'server-only';

import { createServerTRPC } from '@homechef/client/server';
import { env } from '~/env.ts';

export const { trpc, client, getQueryClient, HydrateClient, prefetch } = createServerTRPC({
  httpUrl: `${env.API_URL}/trpc`,
});
