import 'server-only';

import { z } from 'zod';

/**
 * Read at server start, not at build: one build runs against any API host. The browser
 * URLs reach client components as props from the root layout.
 */
const Env = z.object({
  /** Server-to-server base URL of the API (server components, SSR). */
  API_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:9001'),
  /** tRPC over HTTP as the browser reaches it. */
  PUBLIC_API_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:9001/trpc'),
  /** tRPC over WebSocket as the browser reaches it. */
  PUBLIC_WS_URL: z.url({ protocol: /^wss?$/ }).default('ws://localhost:9001/realtime'),
});

function parseEnv() {
  const parsed = Env.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}`);
  }
  return { ...parsed.data, API_URL: parsed.data.API_URL.replace(/\/+$/, '') };
}

export const env = parseEnv();
