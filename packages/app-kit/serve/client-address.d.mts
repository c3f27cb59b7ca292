import type { BlockList } from 'node:net';

export function parseTrustedProxies(value?: string): BlockList;
export function isTrusted(address: string | undefined, trusted: BlockList): boolean;
export function resolveClientAddress(
  peer: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: BlockList,
): string | undefined;
