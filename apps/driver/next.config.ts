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
  headers() {
    return Promise.resolve([
      {
        // Browsers must always revalidate the worker, or a broken one could stick around.
        source: '/sw.js',
        headers: [
          { key: 'Content-Type', value: 'application/javascript; charset=utf-8' },
          { key: 'Cache-Control', value: 'no-cache, no-store, must-revalidate' },
          { key: 'Service-Worker-Allowed', value: '/' },
        ],
      },
    ]);
  },
};

export default config;
