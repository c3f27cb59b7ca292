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
import {
  addAddress,
  listAddresses,
  removeAddress,
  setDefaultAddress,
  updateProfile,
} from './service.ts';
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
    /** Make one of your saved addresses the default, the one checkout chooses first. */
    setDefault: authenticated
      .input(IdInput)
      .output(AddressOutput)
      .mutation(({ ctx, input }) => setDefaultAddress(ctx, ctx.actor, input)),
    /** Delete one of your saved addresses; when it was the default, the oldest left takes over. */
    remove: authenticated
      .input(IdInput)
      .output(IdOutput)
      .mutation(({ ctx, input }) => removeAddress(ctx, ctx.actor, input)),
  },
} satisfies TRPCRouterRecord;
