import type { TRPCRouterRecord } from '@trpc/server';
import {
  AddressInput,
  AddressOutput,
  IdInput,
  IdOutput,
  PublicUser,
  UpdateProfileInput,
} from '@homechef/validators';
import { z } from 'zod';
import { addAddress, listAddresses, removeAddress, updateProfile } from './service.ts';
import { protectedProcedure } from '../../trpc.ts';

const authenticated = protectedProcedure;

export const usersRouter = {
  /** Change your name or phone number. */
  updateProfile: authenticated
    .input(UpdateProfileInput)
    .output(PublicUser)
    .mutation(({ ctx, input }) => updateProfile(ctx, ctx.actor, input)),

  addresses: {
    /** Your saved delivery addresses, default first. */
    list: authenticated
      .output(z.array(AddressOutput))
      .query(({ ctx }) => listAddresses(ctx, ctx.actor)),
    /** Save a delivery address with coordinates. */
    add: authenticated
      .input(AddressInput)
      .output(AddressOutput)
      .mutation(({ ctx, input }) => addAddress(ctx, ctx.actor, input)),
    /** Delete one of your saved addresses. */
    remove: authenticated
      .input(IdInput)
      .output(IdOutput)
      .mutation(({ ctx, input }) => removeAddress(ctx, ctx.actor, input)),
  },
} satisfies TRPCRouterRecord;
