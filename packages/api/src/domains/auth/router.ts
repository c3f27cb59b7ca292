import type { TRPCRouterRecord } from '@trpc/server';
import {
  ChangePasswordInput,
  LoginInput,
  LogoutInput,
  PublicUser,
  RefreshInput,
  RegisterInput,
  SessionOutput,
  TokenPair,
} from '@homechef/validators';
import { z } from 'zod';
import { changePassword, getMe, login, logout, refresh, register } from './service.ts';
import { protectedProcedure, publicProcedure } from '../../trpc.ts';

export const authRouter = {
  register: publicProcedure
    .meta({ summary: 'Create a customer, chef or driver account and sign in.' })
    .input(RegisterInput)
    .output(SessionOutput)
    .mutation(({ ctx, input }) => register(ctx, ctx.client, input)),

  login: publicProcedure
    .meta({ summary: 'Sign in: a 15-minute access token and a 7-day refresh token.' })
    .input(LoginInput)
    .output(SessionOutput)
    .mutation(({ ctx, input }) => login(ctx, ctx.client, input)),

  refresh: publicProcedure
    .meta({ summary: 'Exchange a refresh token for a new pair; the old one stops working.' })
    .input(RefreshInput)
    .output(TokenPair)
    .mutation(({ ctx, input }) => refresh(ctx, ctx.client, input)),

  logout: publicProcedure
    .meta({ summary: 'End the session the refresh token belongs to.' })
    .input(LogoutInput)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(({ ctx, input }) => logout(ctx, input)),

  me: protectedProcedure
    .meta({ summary: 'The signed-in user.' })
    .output(PublicUser)
    .query(({ ctx }) => getMe(ctx, ctx.actor)),
} satisfies TRPCRouterRecord;

/** Served under `users.*` (its public name): a password change is the auth domain's work. */
export const passwordRouter = {
  changePassword: protectedProcedure
    .meta({
      summary: 'Change your password; every session ends and this one continues on new tokens.',
    })
    .input(ChangePasswordInput)
    .output(TokenPair)
    .mutation(({ ctx, input }) => changePassword(ctx, ctx.actor, ctx.client, input)),
} satisfies TRPCRouterRecord;
