/**
 * Plain HTTP for chef and driver documents, because files do not belong in JSON:
 *
 *   POST /documents?kind=permit&fileName=permit.pdf   body: the file (any Content-Type)
 *        Authorization: Bearer <chef's or driver's access token>  → 201 { document }
 *        (the kinds are the caller's: a chef's CHEF_DOCUMENT_KINDS, a driver's
 *        DRIVER_UPLOAD_KINDS, which include `delivery_photo`, JPEG or PNG, taken on a job)
 *   GET  /documents/<id>?expires=…&sig=…               → the file (link from chefs.documentUrl,
 *                                                        drivers.documentUrl or admin.documentUrl)
 *
 * Errors are JSON `{ error: { code, message } }` with the matching HTTP status.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { UploadDocumentQuery, UploadDriverDocumentQuery } from '@homechef/validators';
import { z } from 'zod';
import type { Actor, Services } from '../../context.ts';
import { isUuid } from '../../shared/cursor.ts';
import {
  DOCUMENTS_PATH,
  readDocument,
  uploadChefDocument,
  uploadDriverDocument,
} from './service.ts';

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  if (res.headersSent) {
    res.end();
    return;
  }
  res
    .writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      ...headers,
    })
    .end(JSON.stringify(body));
}

function sendError(res: ServerResponse, error: unknown) {
  const trpcError =
    error instanceof TRPCError
      ? error
      : new TRPCError({
          code: 'INTERNAL_SERVER_ERROR',
          message: 'Internal server error',
          cause: error,
        });
  const status = getHTTPStatusCodeFromError(trpcError);
  const message =
    trpcError.code === 'INTERNAL_SERVER_ERROR' ? 'Internal server error' : trpcError.message;
  // A refused upload may still be arriving: read no more of it and close the connection.
  sendJson(
    res,
    status,
    { error: { code: trpcError.code, message } },
    status === 413 ? { connection: 'close' } : {},
  );
}

function contentDisposition(fileName: string, inline: boolean): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

async function upload(
  req: IncomingMessage,
  res: ServerResponse,
  services: Services,
  actor: Actor | null,
  url: URL,
) {
  if (!actor) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in first' });
  const params = Object.fromEntries(url.searchParams);
  const length = req.headers['content-length'];
  const upload = {
    declaredSize: length === undefined ? undefined : Number(length),
    // Not destroyed on an early stop, so the 413 can still be sent on this connection.
    body: req.iterator({ destroyOnReturn: false }),
  };
  const badQuery = (error: z.ZodError) =>
    new TRPCError({ code: 'BAD_REQUEST', message: z.prettifyError(error) });
  let document: unknown;
  if (actor.role === 'driver') {
    const query = UploadDriverDocumentQuery.safeParse(params);
    if (!query.success) throw badQuery(query.error);
    document = await uploadDriverDocument(services, actor, { ...query.data, ...upload });
  } else {
    // Everyone but a driver goes the chef's way, which refuses anyone but a chef.
    const query = UploadDocumentQuery.safeParse(params);
    if (!query.success) throw badQuery(query.error);
    document = await uploadChefDocument(services, actor, { ...query.data, ...upload });
  }
  sendJson(res, 201, { document });
}

async function download(
  req: IncomingMessage,
  res: ServerResponse,
  services: Services,
  actor: Actor | null,
  id: string,
  url: URL,
) {
  const doc = await readDocument(services, {
    id,
    expires: url.searchParams.get('expires'),
    sig: url.searchParams.get('sig'),
    actor,
  });
  res.writeHead(200, {
    'content-type': doc.contentType,
    'content-length': String(doc.data.byteLength),
    'content-disposition': contentDisposition(doc.fileName, true),
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, no-store',
    etag: `"${doc.sha256}"`,
  });
  res.end(req.method === 'HEAD' ? undefined : doc.data);
}

/**
 * Serves `/documents` (upload) and `/documents/<id>` (download). `actor` is the caller
 * authenticated from `Authorization: Bearer`, or null.
 */
export async function handleDocumentsRequest(
  req: IncomingMessage,
  res: ServerResponse,
  services: Services,
  actor: Actor | null,
): Promise<void> {
  try {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const rest = url.pathname.slice(DOCUMENTS_PATH.length).replace(/\/$/, '');
    if (!url.pathname.startsWith(DOCUMENTS_PATH)) throw new TRPCError({ code: 'NOT_FOUND' });
    if (rest === '' && req.method === 'POST') return await upload(req, res, services, actor, url);
    const segment = /^\/([^/]+)$/.exec(rest)?.[1];
    // Only a well-formed id reaches the database; anything else names no document.
    if (segment !== undefined && !isUuid(segment)) {
      throw new TRPCError({ code: 'NOT_FOUND', message: 'No such document' });
    }
    const id = segment?.toLowerCase();
    if (id && (req.method === 'GET' || req.method === 'HEAD')) {
      return await download(req, res, services, actor, id, url);
    }
    throw new TRPCError({
      code: id || rest === '' ? 'METHOD_NOT_SUPPORTED' : 'NOT_FOUND',
      message: 'No such route',
    });
  } catch (error) {
    sendError(res, error);
    // Whatever is left of a refused upload is discarded, never buffered.
    if (!req.readableEnded) req.resume();
  }
}
