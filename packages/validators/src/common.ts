/** Schemas every domain's inputs and outputs share: ids, cursors and pages. */
import { z } from 'zod';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './constants.ts';

/** The id of any row (a UUID), checked before it reaches SQL. */
export const Id = z.uuid({ error: 'Not a valid id' });

/** `{ id }` naming one object; also the answer of a delete. */
export const IdInput = z.object({ id: Id });
export const IdOutput = IdInput;

/** An opaque page cursor as a list handed it out (`nextCursor`). */
export const Cursor = z.string().max(500);

/** How many items one page holds. */
export const PageLimit = z
  .number()
  .int()
  .min(1)
  .max(MAX_PAGE_SIZE, `At most ${MAX_PAGE_SIZE} per page`)
  .default(DEFAULT_PAGE_SIZE);

/** `cursor` and `limit` of a list input. */
export const PageInput = { cursor: Cursor.optional(), limit: PageLimit };

/** One page of `item`s and the cursor of the next page (null: the last page). */
export function Page<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}
