import { ConfigError, loadConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { startServer, type RunningServer } from './server.ts';
import { StartupError } from './services.ts';

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  // Installed before start-up, so a signal that arrives while the server starts still gets a
  // clean shutdown once it has started.
  let stopping: string | undefined;
  const running: { server?: RunningServer } = {};
  const stop = (server: RunningServer, signal: string) => {
    logger.info({ signal }, 'shutting down');
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'unclean shutdown');
        process.exit(1);
      },
    );
  };
  const onSignal = (signal: string) => {
    if (stopping) return;
    stopping = signal;
    if (running.server) stop(running.server, signal);
  };
  process.on('SIGTERM', () => onSignal('SIGTERM'));
  process.on('SIGINT', () => onSignal('SIGINT'));
  running.server = await startServer(config, logger);
  if (stopping) stop(running.server, stopping);
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
