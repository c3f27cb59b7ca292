import 'server-only';

import { createAppKit } from '@homechef/app-kit/server';
import { createElement } from 'react';
import { env } from '~/env.ts';
import { WaitingOrdersBadge } from '~/features/orders/live.tsx';

export const homechef = createAppKit({
  app: 'chef',
  env,
  nav: [
    { href: '/', label: 'Dashboard' },
    { href: '/orders', label: 'Orders', badge: createElement(WaitingOrdersBadge) },
    { href: '/application', label: 'Application' },
    { href: '/menu', label: 'Menu' },
    { href: '/payouts', label: 'Payouts' },
    { href: '/earnings', label: 'Earnings' },
  ],
});
