import type { TRPCRouterRecord } from '@trpc/server';
import { done } from '../../shared/done.ts';
import {
  PushPublicKeyOutput,
  PushSubscribeInput,
  PushUnsubscribeInput,
  DoneOutput,
} from '@homechef/validators';
import { protectedProcedure } from '../../trpc.ts';
import { subscribe, unsubscribe } from './subscriptions.ts';

/** Mounted as `push.*`. */
export const pushRouter = {
  /** The server’s VAPID public key, the applicationServerKey a browser subscribes to push with. */
  publicKey: protectedProcedure
    .output(PushPublicKeyOutput)
    .query(({ ctx }) => ({ publicKey: ctx.push.vapid.publicKey })),

  /**
   * Saves this browser’s push subscription (PushSubscription.toJSON()) so offers reach you with the
   * app closed; an endpoint already saved moves to you.
   */
  subscribe: protectedProcedure
    .input(PushSubscribeInput)
    .output(DoneOutput)
    .mutation(({ ctx, input }) => done(subscribe(ctx.db, ctx.push, ctx.actor, input))),

  /** Forgets one of your push subscriptions by its endpoint. */
  unsubscribe: protectedProcedure
    .input(PushUnsubscribeInput)
    .output(DoneOutput)
    .mutation(({ ctx, input }) => done(unsubscribe(ctx.db, ctx.actor, input.endpoint))),
} satisfies TRPCRouterRecord;
