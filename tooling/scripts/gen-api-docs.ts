// `npm run docs:api`: writes docs/api.md from the router.
import { writeFileSync } from 'node:fs';
import { appRouter, renderApiDocs } from '@homechef/api';

writeFileSync(new URL('../../docs/api.md', import.meta.url), renderApiDocs(appRouter));
console.log('wrote docs/api.md');
