/** Rows a page of an admin list asks for. */
export const PAGE_SIZE = 25;

/** A filter's value once set: an empty choice or search is no filter. */
type Chosen<T> = Exclude<T, '' | undefined>;

/**
 * A list query's input: a page's worth of rows and each filter that is set. An empty filter
 * (nothing chosen, nothing typed, no valid day) is left out, so the list shows everything.
 */
export function listInput<F extends Record<string, unknown>>(
  filters: F,
): { limit: number } & { [K in keyof F]?: Chosen<F[K]> } {
  const chosen = Object.entries(filters).filter(([, value]) => value !== '' && value !== undefined);
  return { limit: PAGE_SIZE, ...(Object.fromEntries(chosen) as { [K in keyof F]?: Chosen<F[K]> }) };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Midnight starting `day` (YYYY-MM-DD, as a date input gives it) plus `plusDays`, in the time
 * zone of whoever reads the list; nothing for an empty or impossible day. A range's end is the
 * start of the day after it (`plusDays` 1), so the day itself is included.
 */
export function startOfDay(day: string, plusDays = 0): Date | undefined {
  if (!DAY.test(day)) return undefined;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(y, m - 1, d + plusDays);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
