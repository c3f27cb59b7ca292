import { createAuthProxy } from '@homechef/app-kit/proxy';
import { env } from '~/env.ts';

export const proxy = createAuthProxy({
  app: 'customer',
  env,
  protect: ['/account', '/checkout', '/orders'],
});

export const config = { matcher: ['/((?!api/auth|_next/static|_next/image|.*\\.\\w+$).*)'] };
