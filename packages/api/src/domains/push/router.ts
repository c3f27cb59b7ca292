import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import {
  PushPublicKeyOutput,
  PushSubscribeInput,
  PushUnsubscribeInput,
} from '@homechef/validators';
import { protectedProcedure } from '../../trpc.ts';
import { subscribe, unsubscribe } from './subscriptions.ts';

const Done = z.object({ ok: z.literal(true) });
const done = { ok: true as const };

/** Mounted as `push.*`. */
export const pushRouter = {
  publicKey: protectedProcedure
    .meta({
      summary:
        'The server’s VAPID public key, the applicationServerKey a browser subscribes to push with.',
    })
    .output(PushPublicKeyOutput)
    .query(({ ctx }) => ({ publicKey: ctx.push.vapid.publicKey })),

  subscribe: protectedProcedure
    .meta({
      summary:
        'Saves this browser’s push subscription (PushSubscription.toJSON()) so offers reach you with the app closed; an endpoint already saved moves to you.',
    })
    .input(PushSubscribeInput)
    .output(Done)
    .mutation(async ({ ctx, input }) => {
      await subscribe(ctx.db, ctx.push, ctx.actor, input);
      return done;
    }),

  unsubscribe: protectedProcedure
    .meta({ summary: 'Forgets one of your push subscriptions by its endpoint.' })
    .input(PushUnsubscribeInput)
    .output(Done)
    .mutation(async ({ ctx, input }) => {
      await unsubscribe(ctx.db, ctx.actor, input.endpoint);
      return done;
    }),
} satisfies TRPCRouterRecord;
