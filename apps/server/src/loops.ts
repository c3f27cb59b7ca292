import type { Logger } from './logger.ts';

export interface Loop {
  /** The first run, started at once. */
  first: Promise<void>;
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

/**
 * Runs `task` now and then every `intervalMs`, never two runs at once; a failed run is logged
 * and the next one tries again.
 */
export function startLoop(
  name: string,
  task: () => Promise<unknown>,
  intervalMs: number,
  logger: Logger,
): Loop {
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  const run = () =>
    (running = task().then(
      () => {},
      (error: unknown) => logger.warn({ err: error }, `${name} failed`),
    ));
  const first = run();
  const timer = setInterval(() => {
    if (!stopped) void running.then(run);
  }, intervalMs);
  timer.unref();
  return {
    first,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
