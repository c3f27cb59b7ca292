// `npm run docs:api`: writes docs/api.md from the router and its procedures' doc comments.
import { writeFileSync } from 'node:fs';
import { appRouter, renderApiDocs } from '@homechef/api';
import { readProcedureSummaries } from '@homechef/api/procedure-docs';

writeFileSync(
  new URL('../../docs/api.md', import.meta.url),
  renderApiDocs(appRouter, readProcedureSummaries()),
);
console.log('wrote docs/api.md');
