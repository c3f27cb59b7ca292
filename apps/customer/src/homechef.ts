import 'server-only';

import { createAppKit } from '@homechef/app-kit/server';
import { env } from '~/env.ts';

export const homechef = createAppKit({ app: 'customer', env });
