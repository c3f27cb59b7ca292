// Which address a request came from, for the app server (serve.mjs). Plain JavaScript: the
// server runs under bare Node before anything is compiled.
import { BlockList, isIP } from 'node:net';

/** `::ffff:127.0.0.1` (an IPv4 peer on a dual-stack socket) is `127.0.0.1`. */
function normalize(address) {
  const value = address.trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(value);
  return mapped ? mapped[1] : value;
}

const familyOf = (address) => ({ 4: 'ipv4', 6: 'ipv6' })[isIP(address)];

/**
 * Parses TRUSTED_PROXIES: comma-separated addresses or CIDR ranges of the proxies in front
 * of the app (empty: none, the socket peer is the client). Throws on anything else.
 */
export function parseTrustedProxies(value = '') {
  const list = new BlockList();
  for (const entry of value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [address = '', bits, ...rest] = entry.split('/');
    const family = familyOf(address);
    const max = family === 'ipv4' ? 32 : 128;
    if (!family || rest.length > 0 || (bits !== undefined && !/^\d{1,3}$/.test(bits))) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    }
    if (bits === undefined) list.addAddress(address, family);
    else if (Number(bits) > max) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" has a prefix longer than ${max} bits`);
    } else list.addSubnet(address, Number(bits), family);
  }
  return list;
}

/** Whether `address` is one of the trusted proxies. */
export function isTrusted(address, trusted) {
  const value = normalize(address ?? '');
  const family = familyOf(value);
  return family !== undefined && trusted.check(value, family);
}

/**
 * The client's address: the socket peer, unless the peer is a trusted proxy; then the
 * nearest hop of its `X-Forwarded-For` (read right to left) that is not a trusted proxy
 * itself. Whatever the client wrote further left is never believed. `undefined` only when
 * the socket is already gone.
 */
export function resolveClientAddress(peer, forwardedFor, trusted) {
  if (!peer) return undefined;
  let address = normalize(peer);
  if (!isTrusted(address, trusted)) return address;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '');
  const hops = header.split(',').map(normalize).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i];
    // A hop that is no address: the proxy's header is unusable, keep the last one known.
    if (!familyOf(hop)) return address;
    address = hop;
    if (!isTrusted(hop, trusted)) return hop;
  }
  return address;
}
