import { keepPreviousData } from '@tanstack/react-query';

/** Cursor paging as every admin list pages: the next page starts where the last one ended. */
export const byCursor = {
  getNextPageParam: (page: { nextCursor: string | null }) => page.nextCursor ?? undefined,
};

/** The same for a filtered list: the last results stay on screen while new filters load. */
export const filteredByCursor = { ...byCursor, placeholderData: keepPreviousData };
