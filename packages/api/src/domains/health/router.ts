import type { TRPCRouterRecord } from '@trpc/server';
import { tracked } from '@trpc/server';
import { subscribeIterable } from '@homechef/realtime';
import { z } from 'zod';
import { publicProcedure } from '../../trpc.ts';

export const HEARTBEAT_TOPIC = 'system.heartbeat';

export const Heartbeat = z.object({
  seq: z.number().int().nonnegative(),
  at: z.date(),
  instance: z.string(),
});
export type Heartbeat = z.infer<typeof Heartbeat>;

export const PingOutput = z.object({
  ok: z.literal(true),
  db: z.enum(['pglite', 'postgres']),
  bus: z.enum(['memory', 'redis']),
  time: z.date(),
});

export const healthRouter = {
  /** Liveness of the API and which database and bus it runs on. */
  ping: publicProcedure.output(PingOutput).query(({ ctx }) => ({
    ok: true as const,
    db: ctx.dbKind,
    bus: ctx.bus.kind,
    time: new Date(),
  })),

  /**
   * The server's heartbeat, published on the bus once a second by every instance: proves
   * the WebSocket path and the bus end to end. Ids are `instance:seq`.
   */
  /** Heartbeats of every server instance, once a second each; resumable by id. */
  onHeartbeat: publicProcedure.subscription(async function* ({ ctx, signal }) {
    const events = await subscribeIterable<Heartbeat>(ctx.bus, HEARTBEAT_TOPIC, signal);
    try {
      for await (const beat of events) {
        yield tracked(`${beat.instance}:${beat.seq}`, beat);
      }
    } finally {
      await events.close();
    }
  }),
} satisfies TRPCRouterRecord;
