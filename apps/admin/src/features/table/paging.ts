import { byCursor } from '@homechef/app-kit';
import { keepPreviousData } from '@tanstack/react-query';

export { byCursor };

/** Cursor paging for a filtered list: the last results stay on screen while new filters load. */
export const filteredByCursor = { ...byCursor, placeholderData: keepPreviousData };
