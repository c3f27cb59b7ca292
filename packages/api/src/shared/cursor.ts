/**
 * Opaque page cursors: a small JSON value, base64url-encoded. Decoding never trusts the
 * client: a cursor that does not parse into the expected shape is a BAD_REQUEST, so nothing
 * malformed reaches SQL.
 */
import { TRPCError } from '@trpc/server';

export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function invalidCursor(message = 'Invalid cursor: reload the list'): TRPCError {
  return new TRPCError({ code: 'BAD_REQUEST', message });
}

/** The JSON inside a cursor, or null when it is not base64url JSON. */
export function decodeCursorJson(cursor: string): unknown {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
  } catch {
    return null;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** Keyset position of a list ordered by a time and then an id. */
export interface TimeCursor {
  at: Date;
  id: string;
}

export function encodeTimeCursor(at: Date, id: string): string {
  return encodeCursor({ t: at.toISOString(), id });
}

export function decodeTimeCursor(cursor: string): TimeCursor {
  const value = decodeCursorJson(cursor) as { t?: unknown; id?: unknown } | null;
  if (value && typeof value.t === 'string' && isUuid(value.id)) {
    const at = new Date(value.t);
    if (!Number.isNaN(at.getTime())) return { at, id: value.id };
  }
  throw invalidCursor();
}
