import path from 'node:path';
import type { NextConfig } from 'next';

// The monorepo root: Turbopack must see packages/* and the hoisted node_modules.
const repoRoot = path.resolve(import.meta.dirname, '../..');

const config: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: true,
  transpilePackages: ['@homechef/ui', '@homechef/client'],
  outputFileTracingRoot: repoRoot,
  turbopack: { root: repoRoot },
};

export default config;
