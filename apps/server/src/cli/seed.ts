// `npm run db:seed`: migrates, then fills the database with the demo city if it is empty.
// The embedded database can be opened by one process at a time: stop the server first.
import { openDatabase } from '../services.ts';
import { runCli } from './run.ts';

runCli(async (config, logger) => {
  const database = await openDatabase({ ...config, SEED_DEMO: 'if-empty' }, logger);
  await database.close();
});
