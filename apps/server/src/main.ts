import { ConfigError, loadConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { startServer } from './server.ts';
import { StartupError } from './services.ts';

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const server = await startServer(config, logger);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'unclean shutdown');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof StartupError) {
    // A setting is wrong: say which, in one line, without a stack trace.
    process.stderr.write(`homechef api: ${error.message.replaceAll('\n', '; ')}\n`);
    process.exit(78); // EX_CONFIG
  }
  process.stderr.write(
    `homechef api: failed to start\n${(error as Error).stack ?? String(error)}\n`,
  );
  process.exit(1);
});
