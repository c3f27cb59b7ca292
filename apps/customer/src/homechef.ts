import 'server-only';

import { createAppKit } from '@homechef/client/app';
import { env } from '~/env.ts';

export const homechef = createAppKit({ app: 'customer', env });
