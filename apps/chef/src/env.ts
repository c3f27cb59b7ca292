import { appEnv } from '@homechef/app-kit/env';

/** API URLs, NEXTAUTH_URL and NEXTAUTH_SECRET, validated on first use and at server start. */
export const env = appEnv('chef');
