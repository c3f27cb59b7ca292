import { HEARTBEAT_TOPIC, type Heartbeat } from '@homechef/api';
import type { EventBus } from '@homechef/realtime';
import type { Logger } from './logger.ts';

/** Publishes this instance's heartbeat on the bus; returns a function that stops it. */
export function startHeartbeat(bus: EventBus, instance: string, everyMs: number, logger: Logger) {
  let seq = 0;
  const timer = setInterval(() => {
    const beat: Heartbeat = { seq: seq++, at: new Date(), instance };
    bus.publish(HEARTBEAT_TOPIC, beat).catch((error: unknown) => {
      logger.warn({ err: error }, 'heartbeat publish failed');
    });
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
