/**
 * Every string any procedure accepts refuses control characters by construction: U+0000 cannot
 * be stored by PostgreSQL (it used to be a 500), and the other C0/C1 controls, lone surrogates
 * and bidi overrides have no business in names, queries or reasons.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MultiLineText, SingleLineText } from '@homechef/validators';
import { listProcedures } from './docs.ts';
import { appRouter } from './root.ts';

type Def = { type: string } & Record<string, unknown>;

/** Every schema of type `string` inside `schema`, with where it sits. */
function stringLeaves(schema: unknown, path: string, out: [string, z.ZodType][] = []) {
  if (!(schema instanceof z.ZodType)) return out;
  const def = schema._zod.def as unknown as Def;
  switch (def.type) {
    case 'string':
      out.push([path, schema]);
      break;
    case 'object':
      for (const [key, value] of Object.entries(def.shape as Record<string, unknown>))
        stringLeaves(value, `${path}.${key}`, out);
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      stringLeaves(def.innerType, path, out);
      break;
    case 'pipe':
      stringLeaves(def.in, path, out);
      break;
    case 'array':
      stringLeaves(def.element, `${path}[]`, out);
      break;
    case 'union':
      (def.options as unknown[]).forEach((o, i) => stringLeaves(o, `${path}|${i}`, out));
      break;
    case 'tuple':
      (def.items as unknown[]).forEach((o, i) => stringLeaves(o, `${path}[${i}]`, out));
      break;
    case 'record':
      stringLeaves(def.valueType, `${path}{}`, out);
      break;
    case 'lazy':
      stringLeaves((def.getter as () => unknown)(), path, out);
      break;
  }
  return out;
}

const leaves = listProcedures(appRouter).flatMap(({ path, def }) =>
  def.inputs.flatMap((input) => stringLeaves(input, path)),
);

describe('procedure inputs', () => {
  it('have string fields to check', () => {
    expect(leaves.length).toBeGreaterThan(40);
  });

  it.each(['a\u0000b', 'a\u0007b', 'a\u0085b', 'a\u202eb', 'a\u2066b', 'a\ud800b'])(
    'refuse %j in every string field',
    (bad) => {
      const accepted = leaves.filter(([, schema]) => schema.safeParse(bad).success);
      expect(accepted.map(([path]) => path)).toEqual([]);
    },
  );
});

describe('text schemas', () => {
  it('refuse control characters with a clear message', () => {
    const result = SingleLineText().safeParse('Chef\u0000Ann');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Remove control characters');
  });

  it('keep new lines and tabs to multi-line text only', () => {
    expect(MultiLineText().safeParse('Line one\r\nLine two\tend').success).toBe(true);
    expect(SingleLineText().safeParse('Line one\nLine two').success).toBe(false);
    expect(MultiLineText().safeParse('a\rb').success).toBe(false);
  });

  it('accept ordinary text in any script, emoji included', () => {
    for (const text of ['Café Zoë', 'مطبخ سارة', '寿司 🍣', 'O’Brien & Sons'])
      expect(SingleLineText().safeParse(text).success, text).toBe(true);
  });
});
