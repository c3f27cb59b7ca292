import 'server-only';

import { createAppKit } from '@homechef/app-kit/server';
import { env } from '~/env.ts';

export const homechef = createAppKit({
  app: 'admin',
  env,
  nav: [
    { href: '/', label: 'Queue' },
    { href: '/operations', label: 'Operations' },
    { href: '/orders', label: 'Orders' },
    { href: '/kitchens', label: 'Kitchens' },
    { href: '/drivers', label: 'Drivers' },
    { href: '/users', label: 'Users' },
    { href: '/audit', label: 'Audit' },
    { href: '/system', label: 'System' },
  ],
});
