import 'server-only';

import { createAppKit } from '@homechef/app-kit/server';
import { env } from '~/env.ts';

export const homechef = createAppKit({
  app: 'driver',
  env,
  nav: [
    { href: '/', label: 'Home' },
    { href: '/earnings', label: 'Earnings' },
    { href: '/onboarding', label: 'Profile' },
  ],
});
