import type { TRPCRouterRecord } from '@trpc/server';
import { DocumentIdInput, DocumentUrlOutput } from '@homechef/validators';
import { z } from 'zod';
import { chefProcedure } from '../../trpc.ts';
import { kitchenProcedure } from '../chefs/index.ts';
import { deleteOwnDocument, documentLink } from './service.ts';

/** Served under `chefs.*`: a chef's own kitchen documents (uploads go through `POST /documents`). */
export const chefDocumentsRouter = {
  documentUrl: chefProcedure
    .meta({
      summary:
        'A link (valid 5 minutes) to one of your documents. Upload with `POST /documents?kind=…&fileName=…` (body: the file).',
    })
    .input(DocumentIdInput)
    .output(DocumentUrlOutput)
    .query(({ ctx, input }) => documentLink(ctx, ctx.actor, input)),

  deleteDocument: kitchenProcedure
    .meta({
      summary:
        'Delete a document uploaded by mistake (not an accepted one, not while under review).',
    })
    .input(DocumentIdInput)
    .output(z.object({ id: z.uuid() }))
    .mutation(({ ctx, input }) => deleteOwnDocument(ctx, ctx.kitchen, input)),
} satisfies TRPCRouterRecord;
