import type { ReactNode } from 'react';
import { homechef } from '~/homechef.ts';
import { PAGE_SIZE } from './list-input.ts';

/** The input of a list's first page with no filter set (what `listInput` gives for none). */
export const UNFILTERED = { limit: PAGE_SIZE };

/**
 * A list page whose first page (`query`, unfiltered) is rendered on the server, so the HTML
 * already holds its rows; filters then load in the browser.
 */
export async function Prefetched({
  query,
  children,
}: {
  query: Parameters<typeof homechef.prefetch>[0];
  children: ReactNode;
}) {
  await homechef.prefetch(query);
  return <homechef.HydrateClient>{children}</homechef.HydrateClient>;
}
