import { env } from '~/env.ts';

/** Fails at start, with every bad setting named, rather than on the first request. */
export function register() {
  env();
}
