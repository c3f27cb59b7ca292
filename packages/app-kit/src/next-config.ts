import path from 'node:path';
import type { NextConfig } from 'next';
import { APP_NAMES, type AppName } from './env.ts';
import { STRICT_TRANSPORT_SECURITY, staticSecurityHeaders } from './security/headers.ts';

/**
 * The Next.js config the four apps share. `appDir` is the app's folder (its
 * `import.meta.dirname`, named after the app); `extra` adds app-specific settings
 * (its `headers()` come on top of the security headers every app sends).
 */
export function createNextConfig(appDir: string, extra: NextConfig = {}): NextConfig {
  // The monorepo root: Turbopack must see packages/* and the hoisted node_modules.
  const repoRoot = path.resolve(appDir, '../..');
  const app = path.basename(appDir) as AppName;
  if (!APP_NAMES.includes(app)) throw new Error(`${appDir} is not one of the apps`);
  const { headers: extraHeaders, ...rest } = extra;
  return {
    poweredByHeader: false,
    reactStrictMode: true,
    typedRoutes: true,
    transpilePackages: ['@homechef/ui', '@homechef/app-kit'],
    outputFileTracingRoot: repoRoot,
    turbopack: { root: repoRoot },
    // Every response, static files included; the page's nonce CSP comes from the proxy.
    async headers() {
      return [
        ...((await extraHeaders?.()) ?? []),
        { source: '/:path*', headers: staticSecurityHeaders(app) },
        {
          source: '/:path*',
          has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }],
          headers: [STRICT_TRANSPORT_SECURITY],
        },
      ];
    },
    ...rest,
  };
}
