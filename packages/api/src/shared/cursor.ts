/**
 * Opaque page cursors: a small JSON value, base64url-encoded. Decoding never trusts the
 * client: a cursor that does not parse into the expected shape is a BAD_REQUEST, so nothing
 * malformed reaches SQL.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { MAX_INSTANT_MS, MIN_INSTANT_MS } from '@homechef/validators';

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

/** The cursor key derived from the server's secret, so a leaked cursor key is not a token key. */
function cursorKey(secret: Uint8Array): Buffer {
  return createHmac('sha256', secret).update('homechef:cursor:v1').digest();
}

function mac(secret: Uint8Array, purpose: string, payload: string): Buffer {
  return createHmac('sha256', cursorKey(secret))
    .update(`${purpose}.${payload}`)
    .digest()
    .subarray(0, 16);
}

/**
 * A cursor the server signed (HMAC-SHA256 of `purpose` and the payload): `payload.mac`. A client
 * can read it but not forge or alter one, so only positions the server handed out reach SQL.
 */
export function encodeSignedCursor(secret: Uint8Array, purpose: string, value: unknown): string {
  const payload = encodeCursor(value);
  return `${payload}.${mac(secret, purpose, payload).toString('base64url')}`;
}

/** The JSON inside a signed cursor, or null when it is malformed or its signature is wrong. */
export function decodeSignedCursorJson(
  secret: Uint8Array,
  purpose: string,
  cursor: string,
): unknown {
  const [payload, signature, ...rest] = cursor.split('.');
  if (payload === undefined || signature === undefined || rest.length > 0) return null;
  const given = Buffer.from(signature, 'base64url');
  const expected = mac(secret, purpose, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return decodeCursorJson(payload);
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
    const ms = at.getTime();
    if (ms >= MIN_INSTANT_MS && ms <= MAX_INSTANT_MS) return { at, id: value.id };
  }
  throw invalidCursor();
}
