import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';

/** `%text%` for ILIKE, with the pattern characters in `text` matched literally. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** `a ilike %q% or b ilike %q% ...` over the given columns. */
export function matchesAny(query: string, columns: readonly SQLWrapper[]): SQL {
  const pattern = likePattern(query);
  return sql`(${sql.join(
    columns.map((column) => sql`${column} ilike ${pattern}`),
    sql` or `,
  )})`;
}

/** `execute` gives an array on postgres.js and `{ rows }` on PGlite. */
export function rowsOf<T>(result: unknown): T[] {
  return Array.isArray(result) ? (result as T[]) : (result as { rows: T[] }).rows;
}

/**
 * Relational `with` for the account behind a kitchen or a driver profile, as admins see it
 * (`with: { user: ACCOUNT_WITH }`).
 */
export const ACCOUNT_WITH = {
  columns: {
    id: true,
    name: true,
    email: true,
    phone: true,
    status: true,
    suspendedReason: true,
  },
} as const;
