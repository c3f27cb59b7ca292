import type { TRPCRouterRecord } from '@trpc/server';
import { DocumentIdInput, DocumentUrlOutput, IdOutput } from '@homechef/validators';
import { chefProcedure, driverProcedure } from '../../trpc.ts';
import { kitchenProcedure } from '../chefs/index.ts';
import { driverProfileProcedure } from '../drivers/index.ts';
import { deleteOwnDocument, deleteOwnDriverDocument, documentLink } from './service.ts';

/** Served under `chefs.*`: a chef's own kitchen documents (uploads go through `POST /documents`). */
export const chefDocumentsRouter = {
  /**
   * A link (valid 5 minutes) to one of your documents. Upload with `POST
   * /documents?kind=…&fileName=…` (body: the file).
   */
  documentUrl: chefProcedure
    .input(DocumentIdInput)
    .output(DocumentUrlOutput)
    .query(({ ctx, input }) => documentLink(ctx, ctx.actor, input)),

  /** Delete a document uploaded by mistake (not an accepted one, not while under review). */
  deleteDocument: kitchenProcedure
    .input(DocumentIdInput)
    .output(IdOutput)
    .mutation(({ ctx, input }) => deleteOwnDocument(ctx, ctx.kitchen, input)),
} satisfies TRPCRouterRecord;

/**
 * Served under `drivers.*`: a driver's licence and insurance (uploads go through
 * `POST /documents?kind=driving_licence|insurance`; the list is in `drivers.me`).
 */
export const driverDocumentsRouter = {
  /**
   * A link (valid 5 minutes) to one of your documents. Upload with `POST
   * /documents?kind=driving_licence|insurance&fileName=…` (body: the file).
   */
  documentUrl: driverProcedure
    .input(DocumentIdInput)
    .output(DocumentUrlOutput)
    .query(({ ctx, input }) => documentLink(ctx, ctx.actor, input)),

  /** Delete one of your documents while your profile is a draft or rejected. */
  deleteDocument: driverProfileProcedure
    .input(DocumentIdInput)
    .output(IdOutput)
    .mutation(({ ctx, input }) => deleteOwnDriverDocument(ctx, ctx.driver, input)),
} satisfies TRPCRouterRecord;
