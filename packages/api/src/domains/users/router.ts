import type { TRPCRouterRecord } from '@trpc/server';
import {
  AddressInput,
  AddressOutput,
  IdInput,
  PublicUser,
  UpdateProfileInput,
} from '@homechef/validators';
import { z } from 'zod';
import { addAddress, listAddresses, removeAddress, updateProfile } from './service.ts';
import { protectedProcedure } from '../../trpc.ts';

const authenticated = protectedProcedure;

export const usersRouter = {
  updateProfile: authenticated
    .meta({ summary: 'Change your name or phone number.' })
    .input(UpdateProfileInput)
    .output(PublicUser)
    .mutation(({ ctx, input }) => updateProfile(ctx, ctx.actor, input)),

  addresses: {
    list: authenticated
      .meta({ summary: 'Your saved delivery addresses, default first.' })
      .output(z.array(AddressOutput))
      .query(({ ctx }) => listAddresses(ctx, ctx.actor)),
    add: authenticated
      .meta({ summary: 'Save a delivery address with coordinates.' })
      .input(AddressInput)
      .output(AddressOutput)
      .mutation(({ ctx, input }) => addAddress(ctx, ctx.actor, input)),
    remove: authenticated
      .meta({ summary: 'Delete one of your saved addresses.' })
      .input(IdInput)
      .output(z.object({ id: z.uuid() }))
      .mutation(({ ctx, input }) => removeAddress(ctx, ctx.actor, input)),
  },
} satisfies TRPCRouterRecord;
