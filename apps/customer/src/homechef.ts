import 'server-only';

import { createAppKit } from '@homechef/app-kit/server';
import { createElement } from 'react';
import { env } from '~/env.ts';
import { CartButton } from '~/features/cart/cart-sheet.tsx';

export const homechef = createAppKit({
  app: 'customer',
  env,
  nav: [
    { href: '/', label: 'Home' },
    { href: '/orders', label: 'Orders' },
  ],
  headerActions: createElement(CartButton),
});
