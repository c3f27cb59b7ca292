import 'server-only';

import { createAppKit } from '@homechef/app-kit/server';
import { env } from '~/env.ts';

export const homechef = createAppKit({
  app: 'chef',
  env,
  nav: [
    { href: '/', label: 'Dashboard' },
    { href: '/application', label: 'Application' },
    { href: '/menu', label: 'Menu' },
    { href: '/payouts', label: 'Payouts' },
  ],
});
