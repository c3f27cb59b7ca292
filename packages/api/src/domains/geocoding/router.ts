import type { TRPCRouterRecord } from '@trpc/server';
import {
  AutocompleteAddressInput,
  AutocompleteAddressOutput,
  ReverseGeocodeInput,
  ReverseGeocodeOutput,
} from '@homechef/validators';
import { publicProcedure } from '../../trpc.ts';
import { autocompleteAddress, reverseGeocode } from './geocoding.ts';

export const geocodingRouter = {
  autocomplete: publicProcedure
    .meta({
      summary:
        'Addresses matching what was typed, nearest `near` first, with coordinates; rate-limited per caller.',
    })
    .input(AutocompleteAddressInput)
    .output(AutocompleteAddressOutput)
    .query(({ ctx, input, signal }) => autocompleteAddress(ctx, input, signal)),

  reverse: publicProcedure
    .meta({
      summary: 'The address nearest a position (for "use my location"), or null; rate-limited.',
    })
    .input(ReverseGeocodeInput)
    .output(ReverseGeocodeOutput)
    .query(({ ctx, input, signal }) => reverseGeocode(ctx, input, signal)),
} satisfies TRPCRouterRecord;
