import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listProcedures, renderApiDocs } from './docs.ts';
import { appRouter } from './root.ts';

const DOCS = new URL('../../../docs/api.md', import.meta.url);

describe('docs/api.md', () => {
  it('is generated from the current router (run `npm run docs:api` after changing procedures)', () => {
    expect(readFileSync(DOCS, 'utf8')).toBe(renderApiDocs(appRouter));
  });

  it('declares who may call every procedure', () => {
    for (const { path, def } of listProcedures(appRouter)) {
      expect(def.meta?.access, path).toMatch(
        /^(public|authenticated|(customer|chef|driver|admin)(,(customer|chef|driver|admin))?)$/,
      );
    }
  });

  it('keeps the contract procedure names', () => {
    const paths = listProcedures(appRouter).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['health.ping']));
  });
});
