// `npm run db:seed`: migrates, then fills the database with the demo city if it is empty.
// The embedded database has one owner: while the server runs on it, this refuses (exit 78).
import { openDatabase } from '../services.ts';
import { runCli } from './run.ts';

runCli(async (config, logger) => {
  const database = await openDatabase({ ...config, SEED_DEMO: 'if-empty' }, logger);
  await database.close();
});
