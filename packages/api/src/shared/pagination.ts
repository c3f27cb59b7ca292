/**
 * Keyset pages: load `limit + 1` rows, hand back `limit` and, when there was one more, the
 * cursor of the last row handed back.
 */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export function pageOf<Row, Item>(
  rows: readonly Row[],
  limit: number,
  toItem: (row: Row) => Item,
  cursorOf: (last: Row) => string,
): Page<Item> {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toItem),
    nextCursor: rows.length > limit && last ? cursorOf(last) : null,
  };
}
