/** Address search for the address forms: suggestions as people type, and "use my location". */
import { GeocoderUnavailableError } from '@homechef/geo';
import type { AutocompleteAddressInput, GeoPoint, GeoSuggestion } from '@homechef/validators';
import { TRPCError } from '@trpc/server';
import type { z } from 'zod';
import type { Context } from '../../context.ts';

type GeocodingContext = Pick<Context, 'geocoder' | 'limits' | 'actor' | 'client'>;

/** Whose budget a lookup counts against: the signed-in user, or the caller's address. */
function budgetOf(ctx: GeocodingContext): string {
  return ctx.actor ? `user:${ctx.actor.userId}` : `ip:${ctx.client.ip ?? 'unknown'}`;
}

/** The service being down is not the caller's fault, nor a bug: say so, and what to do. */
async function lookup<T>(ctx: GeocodingContext, run: () => Promise<T>): Promise<T> {
  await ctx.limits.geocode(budgetOf(ctx));
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof GeocoderUnavailableError)) throw error;
    throw new TRPCError({
      code: 'SERVICE_UNAVAILABLE',
      message: 'Address search is not available right now. Try again in a moment.',
      cause: error,
    });
  }
}

export function autocompleteAddress(
  ctx: GeocodingContext,
  input: z.output<typeof AutocompleteAddressInput>,
  signal?: AbortSignal,
): Promise<GeoSuggestion[]> {
  return lookup(ctx, () =>
    ctx.geocoder.autocomplete(input.query, { near: input.near, limit: input.limit, signal }),
  );
}

export function reverseGeocode(
  ctx: GeocodingContext,
  point: GeoPoint,
  signal?: AbortSignal,
): Promise<GeoSuggestion | null> {
  return lookup(ctx, () => ctx.geocoder.reverse(point, { signal }));
}
