/**
 * Cursor paging as every paged procedure answers it (`{ items, nextCursor }`): the next page
 * starts where the last one ended, and a null cursor means there is no next page. Pass it as
 * the options of `infiniteQueryOptions`, on the server and in the browser alike.
 */
export const byCursor = {
  getNextPageParam: (page: { nextCursor: string | null }) => page.nextCursor ?? undefined,
};
