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
  /**
   * Addresses matching what was typed, nearest `near` first, with coordinates; rate-limited per
   * caller.
   */
  autocomplete: publicProcedure
    .input(AutocompleteAddressInput)
    .output(AutocompleteAddressOutput)
    .query(({ ctx, input, signal }) => autocompleteAddress(ctx, input, signal)),

  /** The address nearest a position (for "use my location"), or null; rate-limited. */
  reverse: publicProcedure
    .input(ReverseGeocodeInput)
    .output(ReverseGeocodeOutput)
    .query(({ ctx, input, signal }) => reverseGeocode(ctx, input, signal)),
} satisfies TRPCRouterRecord;
