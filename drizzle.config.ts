import { defineConfig } from 'drizzle-kit';

// Columns are named explicitly in snake_case in the schema, so no `casing` option: the
// generated SQL reads exactly like the TypeScript.
export default defineConfig({
  dialect: 'postgresql',
  schema: './packages/db/src/schema/index.ts',
  out: './drizzle',
  strict: true,
  verbose: true,
});
