import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

/**
 * The caller's address: the socket peer, or, when that peer is a trusted proxy, the nearest
 * X-Forwarded-For hop that is not itself trusted. Anything malformed stops the walk.
 */
export function clientIp(req: IncomingMessage, trusted: ReadonlySet<string>): string | null {
  let address = req.socket.remoteAddress ?? null;
  const forwarded = req.headers['x-forwarded-for'];
  if (!address || !trusted.has(address) || typeof forwarded !== 'string') return address;
  const hops = forwarded.split(',').map((hop) => hop.trim());
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!;
    if (isIP(hop) === 0) return address;
    address = hop;
    if (!trusted.has(hop)) return hop;
  }
  return address;
}
