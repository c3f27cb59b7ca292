/** PostgreSQL error details under Drizzle's wrapper (postgres.js and PGlite alike). */
export interface PgErrorInfo {
  code: string;
  constraint: string | undefined;
}

export function pgError(error: unknown): PgErrorInfo | null {
  let e: unknown = error;
  for (let depth = 0; e instanceof Error && depth < 5; depth++) {
    const fields = e as Error & { code?: unknown; constraint_name?: string; constraint?: string };
    if (typeof fields.code === 'string' && /^[0-9A-Z]{5}$/.test(fields.code)) {
      return { code: fields.code, constraint: fields.constraint_name ?? fields.constraint };
    }
    e = e.cause;
  }
  return null;
}

export const UNIQUE_VIOLATION = '23505';
export const CHECK_VIOLATION = '23514';
export const FOREIGN_KEY_VIOLATION = '23503';

/** A unique index refused the write (two tabs at once, a taken e-mail ...). */
export function isUniqueViolation(error: unknown): boolean {
  return pgError(error)?.code === UNIQUE_VIOLATION;
}
