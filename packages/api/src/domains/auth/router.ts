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
  DoneOutput,
} from '@homechef/validators';
import { changePassword, getMe, login, logout, refresh, register } from './service.ts';
import { protectedProcedure, publicProcedure } from '../../trpc.ts';

export const authRouter = {
  /** Create a customer, chef or driver account and sign in. */
  register: publicProcedure
    .input(RegisterInput)
    .output(SessionOutput)
    .mutation(({ ctx, input }) => register(ctx, ctx.client, input)),

  /** Sign in: a 15-minute access token and a 7-day refresh token. */
  login: publicProcedure
    .input(LoginInput)
    .output(SessionOutput)
    .mutation(({ ctx, input }) => login(ctx, ctx.client, input)),

  /** Exchange a refresh token for a new pair; the old one stops working. */
  refresh: publicProcedure
    .input(RefreshInput)
    .output(TokenPair)
    .mutation(({ ctx, input }) => refresh(ctx, ctx.client, input)),

  /** End the session the refresh token belongs to. */
  logout: publicProcedure
    .input(LogoutInput)
    .output(DoneOutput)
    .mutation(({ ctx, input }) => logout(ctx, input)),

  /** The signed-in user. */
  me: protectedProcedure.output(PublicUser).query(({ ctx }) => getMe(ctx, ctx.actor)),
} satisfies TRPCRouterRecord;

/** Served under `users.*` (its public name): a password change is the auth domain's work. */
export const passwordRouter = {
  /** Change your password; every session ends and this one continues on new tokens. */
  changePassword: protectedProcedure
    .input(ChangePasswordInput)
    .output(TokenPair)
    .mutation(({ ctx, input }) => changePassword(ctx, ctx.actor, ctx.client, input)),
} satisfies TRPCRouterRecord;
