import path from 'node:path';
import type { NextConfig } from 'next';

/**
 * The Next.js config the four apps share. `appDir` is the app's folder (its
 * `import.meta.dirname`); `extra` adds app-specific settings such as headers.
 */
export function createNextConfig(appDir: string, extra: NextConfig = {}): NextConfig {
  // The monorepo root: Turbopack must see packages/* and the hoisted node_modules.
  const repoRoot = path.resolve(appDir, '../..');
  return {
    poweredByHeader: false,
    reactStrictMode: true,
    typedRoutes: true,
    transpilePackages: ['@homechef/ui', '@homechef/app-kit'],
    outputFileTracingRoot: repoRoot,
    turbopack: { root: repoRoot },
    ...extra,
  };
}
