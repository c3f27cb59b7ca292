// `npm run db:migrate`: applies the migrations in drizzle/ to DATABASE_URL, or to the embedded
// database under DATA_DIR when it is unset. The server also does this on every start.
import { openDatabase } from '../services.ts';
import { runCli } from './run.ts';

runCli(async (config, logger) => {
  const database = await openDatabase({ ...config, SEED_DEMO: 'never' }, logger);
  logger.info({ db: database.kind }, 'migrations applied');
  await database.close();
});
