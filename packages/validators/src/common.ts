/** Schemas every domain's inputs and outputs share: ids, cursors and pages. */
import { z } from 'zod';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './constants.ts';

/**
 * Characters no free text needs, refused at the edge: C0/C1 controls (PostgreSQL cannot store
 * U+0000 at all) and DEL; lone UTF-16 surrogates (not valid Unicode, refused by UTF-8 encoders);
 * and the bidi embedding/override/isolate characters that make `evil\u202Efdp.exe` read as
 * something else. Multi-line fields additionally allow `\n` and `\t` (and a `\r` before `\n`).
 */
const CONTROL = '\\u0000-\\u001f\\u007f-\\u009f';
const BIDI = '\\u202a-\\u202e\\u2066-\\u2069';
const LONE_SURROGATE =
  '[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]';
const SINGLE_LINE_FORBIDDEN = new RegExp(`[${CONTROL}${BIDI}]|${LONE_SURROGATE}`);
const MULTI_LINE_FORBIDDEN = new RegExp(`(?![\\n\\t]|\\r\\n)[${CONTROL}${BIDI}]|${LONE_SURROGATE}`);

export const CONTROL_CHARACTERS_MESSAGE = 'Remove control characters';

/** Whether `value` holds a character free text may not (see above). */
export function hasForbiddenCharacters(value: string, options: { multiLine?: boolean } = {}) {
  return (options.multiLine ? MULTI_LINE_FORBIDDEN : SINGLE_LINE_FORBIDDEN).test(value);
}

/**
 * Free text on one line (names, titles, search queries, reasons shown in lists): trimmed, and
 * refusing control, bidi-override and lone-surrogate characters. Chain `.min()`/`.max()` on it.
 */
export function SingleLineText(params?: { error?: string }) {
  return z
    .string(params)
    .trim()
    .refine((v) => !hasForbiddenCharacters(v), CONTROL_CHARACTERS_MESSAGE);
}

/** Free text over several lines (descriptions, instructions): as above, but `\n` and `\t` pass. */
export function MultiLineText(params?: { error?: string }) {
  return z
    .string(params)
    .trim()
    .refine((v) => !hasForbiddenCharacters(v, { multiLine: true }), CONTROL_CHARACTERS_MESSAGE);
}

/** A password: never trimmed (spaces count), but free of control characters like any text. */
export function PasswordText(params?: { error?: string }) {
  return z.string(params).refine((v) => !hasForbiddenCharacters(v), CONTROL_CHARACTERS_MESSAGE);
}

/** An opaque token the server handed out (base64url, as `randomBytes().toString('base64url')`). */
export const Base64UrlToken = z.string().regex(/^[A-Za-z0-9_-]*$/, 'Not a valid token');

/** The id of any row (a UUID), checked before it reaches SQL. */
export const Id = z.uuid({ error: 'Not a valid id' });

/** `{ id }` naming one object; also the answer of a delete. */
export const IdInput = z.object({ id: Id });
export const IdOutput = IdInput;

/** The answer of a command that has nothing to return but that it was done. */
export const DoneOutput = z.object({ ok: z.literal(true) });

/** The instants the database can hold and compare: 1970 to the end of year 9999. */
export const MIN_INSTANT_MS = 0;
export const MAX_INSTANT_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** A point in time as an input (out-of-range dates are refused, not sent to SQL). */
export const Instant = z
  .date({ error: 'Enter a valid date' })
  .min(new Date(MIN_INSTANT_MS), 'Choose a date from 1970 on')
  .max(new Date(MAX_INSTANT_MS), 'Choose a date before the year 10000');

/** An opaque page cursor as a list handed it out (`nextCursor`). */
export const Cursor = z
  .string()
  .max(500)
  .regex(/^[A-Za-z0-9_.-]*$/, 'Invalid cursor: reload the list');

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
