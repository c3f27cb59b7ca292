/**
 * Inputs for the API fuzz test, generated from each procedure's own zod input schema: mostly
 * values the schema could accept (so calls get past validation and reach the domain code), mixed
 * with hostile ones a client could send anyway (control characters, huge numbers, forged
 * cursors, dates at the edge of the representable range, wrong types, extra keys).
 */
import fc from 'fast-check';
import { z } from 'zod';

/** Strings that have broken services before: each must be refused or handled, never a 500. */
const HOSTILE_STRINGS = [
  '',
  '\u0000',
  'a\u0000b',
  'line\r\nbreak',
  '\u202eevil.pdf',
  '\ud800',
  '-'.repeat(36),
  '00000000-0000-0000-0000-000000000000',
  "' or 1=1; --",
  '%_\\',
  'x'.repeat(5000),
  '😀'.repeat(200),
  'NaN',
  '9'.repeat(400),
  Buffer.from(
    JSON.stringify({ id: '-'.repeat(36), d: 1e300, r: 1e300, f: 'x', t: 8.64e15 }),
  ).toString('base64url'),
  Buffer.from(JSON.stringify({ t: '+275760-09-13T00:00:00.001Z', id: 'x' })).toString('base64url'),
  Buffer.from('[]').toString('base64url'),
];

const HOSTILE_NUMBERS = [
  0,
  -1,
  -0,
  0.5,
  1e300,
  -1e300,
  8.64e15,
  -8.64e15,
  2 ** 53 + 2,
  Number.NaN,
  Number.POSITIVE_INFINITY,
];

const HOSTILE_DATES = [new Date(8.64e15), new Date(-8.64e15), new Date(0), new Date(Number.NaN)];

/** Any JSON-ish value: the wrong type for whatever the schema wanted. */
const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, 42, 'text', [], {}, [1, 'a'], { $ne: null }),
  fc.constantFrom(...HOSTILE_STRINGS),
);

type Json = Record<string, unknown>;

/** JSON Schema facts (lengths, bounds, formats, patterns) of a leaf schema. */
function facts(schema: z.ZodType): Json {
  try {
    return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  } catch {
    return {};
  }
}

const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

function validString(f: Json): fc.Arbitrary<string> {
  const minLength = Math.min(num(f.minLength) ?? 0, 200);
  const maxLength = Math.max(minLength, Math.min(num(f.maxLength) ?? 40, 200));
  switch (f.format) {
    case 'uuid':
      return fc.uuid();
    case 'email':
      return fc.emailAddress();
    case 'date':
      return fc
        .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
    case 'date-time':
      return fc
        .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString());
    case 'uri':
      return fc.webUrl();
  }
  if (typeof f.pattern === 'string') {
    try {
      return fc.stringMatching(new RegExp(f.pattern)).filter((s) => s.length <= 500);
    } catch {
      // A pattern fast-check cannot invert: fall through to plain text.
    }
  }
  return fc.oneof(
    { weight: 4, arbitrary: fc.string({ minLength, maxLength }) },
    { weight: 2, arbitrary: fc.string({ minLength, maxLength, unit: 'binary' }) },
    {
      weight: 1,
      // Control characters placed inside otherwise ordinary text.
      arbitrary: fc
        .tuple(
          fc.string({ minLength, maxLength }),
          fc.constantFrom('\u0000', '\u0007', '\u001b', '\u202e'),
        )
        .map(([s, c]) => `${s.slice(0, s.length >> 1)}${c}${s.slice(s.length >> 1)}`),
    },
  );
}

function validNumber(f: Json): fc.Arbitrary<number> {
  const min = num(f.minimum) ?? (num(f.exclusiveMinimum) ?? -1e6) + 1e-9;
  const max = num(f.maximum) ?? (num(f.exclusiveMaximum) ?? 1e6) - 1e-9;
  if (f.type === 'integer') {
    const lo = Math.ceil(Math.max(min, -(2 ** 31)));
    const hi = Math.floor(Math.min(max, 2 ** 31));
    return lo <= hi ? fc.integer({ min: lo, max: hi }) : fc.constant(lo);
  }
  return fc.double({ min: Math.max(min, -1e9), max: Math.min(max, 1e9), noNaN: true });
}

/** A leaf's arbitrary: usually acceptable to it, sometimes hostile, rarely the wrong type. */
function leaf<T>(valid: fc.Arbitrary<T>, hostile: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 12, arbitrary: valid },
    { weight: 3, arbitrary: hostile },
    { weight: 1, arbitrary: wrongType },
  );
}

interface Options {
  /** Ids of objects that exist, so a share of calls names something real. */
  knownIds: () => string[];
}

/** An arbitrary of inputs for a zod schema (zod 4), walking its definition. */
export function inputArbitrary(
  schema: unknown,
  options: Options,
  depth = 0,
): fc.Arbitrary<unknown> {
  if (!(schema instanceof z.ZodType) || depth > 8) return wrongType;
  const next = (s: unknown) => inputArbitrary(s, options, depth + 1);
  const def = schema._zod.def as unknown as Json & { type: string };
  switch (def.type) {
    case 'optional':
      return fc.option(next(def.innerType), { nil: undefined, freq: 4 });
    case 'nullable':
      return fc.option(next(def.innerType), { nil: null, freq: 5 });
    case 'default':
    case 'prefault':
    case 'catch':
      return fc.option(next(def.innerType), { nil: undefined, freq: 3 });
    case 'readonly':
    case 'nonoptional':
      return next(def.innerType);
    case 'pipe':
      return next(def.in);
    case 'lazy':
      return next((def.getter as () => unknown)());
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      const keys = Object.keys(shape);
      const requiredKeys = keys.filter((k) => !shape[k]?.safeParse(undefined).success);
      const record = fc.record(Object.fromEntries(keys.map((k) => [k, next(shape[k])])), {
        requiredKeys,
      });
      return fc.oneof(
        { weight: 12, arbitrary: record },
        // An unknown key, and an object missing everything.
        {
          weight: 1,
          arbitrary: record.map((r) => ({ ...r, __proto__x: 1, extra: '\u0000' })),
        },
        { weight: 1, arbitrary: fc.constant({}) },
      );
    }
    case 'array': {
      const f = facts(schema);
      const minLength = Math.min(num(f.minItems) ?? 0, 20);
      const maxLength = Math.max(minLength, Math.min(num(f.maxItems) ?? 4, 20));
      return fc.oneof(
        { weight: 10, arbitrary: fc.array(next(def.element), { minLength, maxLength }) },
        {
          weight: 1,
          arbitrary: fc.array(next(def.element), {
            minLength: maxLength + 1,
            maxLength: maxLength + 30,
          }),
        },
        { weight: 1, arbitrary: wrongType },
      );
    }
    case 'tuple':
      return fc.tuple(...(def.items as unknown[]).map(next));
    case 'record':
      return fc.dictionary(
        fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...HOSTILE_STRINGS.slice(0, 6))),
        next(def.valueType),
        { maxKeys: 4 },
      );
    case 'union':
      return fc.oneof(...(def.options as unknown[]).map(next));
    case 'intersection':
      return fc
        .tuple(next(def.left), next(def.right))
        .map(([a, b]) =>
          a && b && typeof a === 'object' && typeof b === 'object' ? { ...a, ...b } : a,
        );
    case 'enum':
      return leaf(
        fc.constantFrom(...Object.values(def.entries as Record<string, string | number>)),
        fc.constantFrom(...HOSTILE_STRINGS),
      );
    case 'literal':
      return leaf(
        fc.constantFrom(...(def.values as unknown[])),
        fc.constantFrom(...HOSTILE_STRINGS),
      );
    case 'string': {
      const f = facts(schema);
      const valid =
        f.format === 'uuid' && options.knownIds().length > 0
          ? fc.oneof(validString(f), fc.constantFrom(...options.knownIds()))
          : validString(f);
      return leaf(valid, fc.constantFrom(...HOSTILE_STRINGS));
    }
    case 'number':
      return leaf(validNumber(facts(schema)), fc.constantFrom(...HOSTILE_NUMBERS));
    case 'bigint':
      return leaf(
        fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }),
        fc.constantFrom(...HOSTILE_NUMBERS),
      );
    case 'boolean':
      return leaf(fc.boolean(), fc.constantFrom('true', 0, 1));
    case 'date':
      return leaf(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        fc.constantFrom(...HOSTILE_DATES),
      );
    case 'null':
      return fc.constant(null);
    case 'undefined':
    case 'void':
      return fc.constant(undefined);
    default:
      return fc.oneof(wrongType, fc.constantFrom(...HOSTILE_DATES));
  }
}
