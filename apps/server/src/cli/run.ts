import { ConfigError, loadConfig, type Config } from '../config.ts';
import { createLogger, type Logger } from '../logger.ts';
import { StartupError } from '../services.ts';

/** Runs a command-line task with the server's validated configuration and one-line errors. */
export function runCli(task: (config: Config, logger: Logger) => Promise<void>): void {
  const config = loadConfig();
  task(config, createLogger(config.LOG_LEVEL)).then(
    () => process.exit(0),
    (error: unknown) => {
      if (error instanceof ConfigError || error instanceof StartupError) {
        process.stderr.write(`${error.message.replaceAll('\n', '; ')}\n`);
        process.exit(78);
      }
      process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
      process.exit(1);
    },
  );
}
