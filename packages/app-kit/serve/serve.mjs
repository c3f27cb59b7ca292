// Serves one built app: `node packages/app-kit/serve/serve.mjs apps/customer --port 3000`.
// Next's own server keeps a client-sent `X-Forwarded-For` and App Router code cannot see
// the socket, so this server sets the header to the one address it saw (client-address.mjs)
// before Next runs; next-auth's sign-in passes exactly that on to the API.
import { createServer } from 'node:http';
import path from 'node:path';
import { isTrusted, parseTrustedProxies, resolveClientAddress } from './client-address.mjs';

const args = process.argv.slice(2);
let dir = '.';
let port = Number(process.env.PORT ?? 3000);
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--port' || args[i] === '-p') port = Number(args[++i]);
  else dir = args[i];
}
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error('serve.mjs: --port must be a port number');
  process.exit(1);
}

let trusted;
try {
  trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES);
} catch (error) {
  console.error(`The app cannot start: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

// As `next start` does; React and Next pick their production builds from it.
process.env.NODE_ENV ??= 'production';
const { default: next } = await import('next');
const app = next({ dir: path.resolve(dir), dev: false, hostname: 'localhost', port });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((req, res) => {
  const peer = req.socket.remoteAddress;
  const address = resolveClientAddress(peer, req.headers['x-forwarded-for'], trusted);
  if (address) req.headers['x-forwarded-for'] = address;
  else delete req.headers['x-forwarded-for'];
  // Only a trusted proxy may say the client came over https (HSTS is sent then).
  if (!isTrusted(peer, trusted)) req.headers['x-forwarded-proto'] = 'http';
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
server.listen(port, () => {
  process.stdout.write(`${path.basename(path.resolve(dir))} ready on :${port}\n`);
});

let stopping = false;
function shutdown() {
  if (stopping) return;
  stopping = true;
  server.close(() => {
    void app.close().finally(() => process.exit(0));
  });
  server.closeIdleConnections();
  // Requests still running after this get cut off.
  setTimeout(() => server.closeAllConnections(), 5000).unref();
}
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);
