/**
 * The documents HTTP handler on a local port for integration tests. The real server
 * authenticates the bearer token; here a token is just a key into `actors`.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Actor, Services } from '../src/context.ts';
import { handleDocumentsRequest } from '../src/domains/documents/index.ts';

export interface DocumentsServer {
  baseUrl: string;
  /** Signs `actor` in: requests with `Authorization: Bearer <token>` act as them. */
  tokenFor(actor: Actor): string;
  close(): Promise<void>;
}

export async function startDocumentsServer(services: Services): Promise<DocumentsServer> {
  const actors = new Map<string, Actor>();
  const server = createServer((req, res) => {
    const token = req.headers.authorization?.replace(/^Bearer /, '');
    void handleDocumentsRequest(req, res, services, (token && actors.get(token)) || null);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    tokenFor(actor) {
      const token = `token-${actor.userId}`;
      actors.set(token, actor);
      return token;
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
