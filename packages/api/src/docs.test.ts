import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listProcedures, renderApiDocs } from './docs.ts';
import { readProcedureSummaries } from './procedure-docs.ts';
import { appRouter } from './root.ts';

const DOCS = new URL('../../../docs/api.md', import.meta.url);
const summaries = readProcedureSummaries();

describe('docs/api.md', () => {
  it('is generated from the current router (run `npm run docs:api` after changing procedures)', () => {
    expect(readFileSync(DOCS, 'utf8')).toBe(renderApiDocs(appRouter, summaries));
  });

  it('declares who may call every procedure', () => {
    for (const { path, def } of listProcedures(appRouter)) {
      expect(def.meta?.access, path).toMatch(
        /^(public|authenticated|(customer|chef|driver|admin)(,(customer|chef|driver|admin))?)$/,
      );
    }
  });

  it('says what every procedure does in the doc comment above it, and nothing of one that is gone', () => {
    const paths = listProcedures(appRouter).map((p) => p.path);
    for (const path of paths) expect(summaries.get(path), path).toMatch(/\w.{10,}/);
    expect([...summaries.keys()].sort()).toEqual([...paths].sort());
  });

  it('keeps the contract procedure names', () => {
    const paths = listProcedures(appRouter).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['health.ping']));
  });
});
