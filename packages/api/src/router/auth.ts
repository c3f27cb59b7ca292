import type { TRPCRouterRecord } from '@trpc/server';
import {
  LoginInput,
  LogoutInput,
  PublicUser,
  RefreshInput,
  RegisterInput,
  SessionOutput,
  TokenPair,
} from '@homechef/validators';
import { z } from 'zod';
import { login, logout, refresh, register } from '../services/auth.ts';
import { getMe } from '../services/users.ts';
import { protectedProcedure, publicProcedure } from '../trpc.ts';

export const authRouter = {
  register: publicProcedure
    .meta({ access: 'public', summary: 'Create a customer, chef or driver account and sign in.' })
    .input(RegisterInput)
    .output(SessionOutput)
    .mutation(({ ctx, input }) => register(ctx, ctx.client, input)),

  login: publicProcedure
    .meta({
      access: 'public',
      summary: 'Sign in: a 15-minute access token and a 7-day refresh token.',
    })
    .input(LoginInput)
    .output(SessionOutput)
    .mutation(({ ctx, input }) => login(ctx, ctx.client, input)),

  refresh: publicProcedure
    .meta({
      access: 'public',
      summary: 'Exchange a refresh token for a new pair; the old one stops working.',
    })
    .input(RefreshInput)
    .output(TokenPair)
    .mutation(({ ctx, input }) => refresh(ctx, ctx.client, input)),

  logout: publicProcedure
    .meta({ access: 'public', summary: 'End the session the refresh token belongs to.' })
    .input(LogoutInput)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(({ ctx, input }) => logout(ctx, input)),

  me: protectedProcedure
    .meta({ access: 'authenticated', summary: 'The signed-in user.' })
    .output(PublicUser)
    .query(({ ctx }) => getMe(ctx, ctx.actor)),
} satisfies TRPCRouterRecord;
