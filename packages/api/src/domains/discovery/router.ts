import type { TRPCRouterRecord } from '@trpc/server';
import {
  ChefByIdInput,
  PublicChefOutput,
  SearchChefsInput,
  SearchChefsOutput,
} from '@homechef/validators';
import { publicProcedure } from '../../trpc.ts';
import { getPublicChef } from './kitchen-page.ts';
import { searchChefs } from './search.ts';

/** Served under `chefs.*` (the public names): what customers find and a kitchen's page. */
export const discoveryRouter = {
  /**
   * Kitchens that deliver to (lat, lng): listed only, filtered by text, cuisine, dietary tags and
   * open now, sorted by distance or rating, paged by cursor.
   */
  search: publicProcedure
    .input(SearchChefsInput)
    .output(SearchChefsOutput)
    .query(({ ctx, input }) => searchChefs(ctx, input)),

  /**
   * A listed kitchen with its menus, dishes, options, badges, hours and open state; with lat/lng
   * also the distance and whether it delivers there.
   */
  byId: publicProcedure
    .input(ChefByIdInput)
    .output(PublicChefOutput)
    .query(({ ctx, input }) => getPublicChef(ctx, ctx.actor, input)),
} satisfies TRPCRouterRecord;
