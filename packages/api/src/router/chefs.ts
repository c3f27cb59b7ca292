import type { TRPCRouterRecord } from '@trpc/server';
import {
  ApplyChefInput,
  ChefByIdInput,
  DocumentUrlOutput,
  OwnChefOutput,
  PublicChefOutput,
  SearchChefsInput,
  SearchChefsOutput,
  SetPausedInput,
  UpdateChefInput,
} from '@homechef/validators';
import { z } from 'zod';
import {
  applyAsChef,
  deleteOwnDocument,
  getOwnChef,
  setOwnChefPaused,
  submitOwnChef,
  updateOwnChef,
} from '../services/chefs.ts';
import { getPublicChef, searchChefs } from '../services/discovery.ts';
import { documentLink } from '../services/documents.ts';
import { chefProcedure, publicProcedure } from '../trpc.ts';

const DocumentIdInput = z.object({ id: z.uuid() });

export const chefsRouter = {
  // A server-side caller must write `caller.chefs.apply.call(undefined, input)`: tRPC's proxy
  // reads a bare `.apply(...)` as Function.prototype.apply. Clients (`.mutate`) are unaffected.
  apply: chefProcedure
    .meta({
      access: 'chef',
      summary:
        'Start your kitchen application (a draft; once per chef). Only the name is required.',
    })
    .input(ApplyChefInput)
    .output(OwnChefOutput)
    .mutation(({ ctx, input }) => applyAsChef(ctx, ctx.actor, input)),

  me: chefProcedure
    .meta({
      access: 'chef',
      summary:
        'Your kitchen: profile, hours, documents, verification status and reason, what is missing before submitting, and why it is not listed (null before you apply).',
    })
    .output(OwnChefOutput.nullable())
    .query(({ ctx }) => getOwnChef(ctx, ctx.actor)),

  update: chefProcedure
    .meta({
      access: 'chef',
      summary: 'Edit your kitchen; `openingHours` replaces the whole week (in `timezone`).',
    })
    .input(UpdateChefInput)
    .output(OwnChefOutput)
    .mutation(({ ctx, input }) => updateOwnChef(ctx, ctx.actor, input)),

  submit: chefProcedure
    .meta({
      access: 'chef',
      summary:
        'Send a complete draft, or a fixed rejected application, for review; BAD_REQUEST lists what is missing.',
    })
    .output(OwnChefOutput)
    .mutation(({ ctx }) => submitOwnChef(ctx, ctx.actor)),

  setPaused: chefProcedure
    .meta({
      access: 'chef',
      summary: 'Pause or resume taking orders (paused kitchens are hidden).',
    })
    .input(SetPausedInput)
    .output(OwnChefOutput)
    .mutation(({ ctx, input }) => setOwnChefPaused(ctx, ctx.actor, input)),

  documentUrl: chefProcedure
    .meta({
      access: 'chef',
      summary:
        'A link (valid 5 minutes) to one of your documents. Upload with `POST /documents?kind=…&fileName=…` (body: the file).',
    })
    .input(DocumentIdInput)
    .output(DocumentUrlOutput)
    .query(({ ctx, input }) => documentLink(ctx, ctx.actor, input)),

  deleteDocument: chefProcedure
    .meta({
      access: 'chef',
      summary:
        'Delete a document uploaded by mistake (not an accepted one, not while under review).',
    })
    .input(DocumentIdInput)
    .output(z.object({ id: z.uuid() }))
    .mutation(({ ctx, input }) => deleteOwnDocument(ctx, ctx.actor, input)),

  search: publicProcedure
    .meta({
      access: 'public',
      summary:
        'Kitchens that deliver to (lat, lng): listed only, filtered by text, cuisine, dietary tags and open now, sorted by distance or rating, paged by cursor.',
    })
    .input(SearchChefsInput)
    .output(SearchChefsOutput)
    .query(({ ctx, input }) => searchChefs(ctx, input)),

  byId: publicProcedure
    .meta({
      access: 'public',
      summary:
        'A listed kitchen with its menus, dishes, options, badges, hours and open state; with lat/lng also the distance and whether it delivers there.',
    })
    .input(ChefByIdInput)
    .output(PublicChefOutput)
    .query(({ ctx, input }) => getPublicChef(ctx, ctx.actor, input)),
} satisfies TRPCRouterRecord;
