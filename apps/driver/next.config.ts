import { createNextConfig } from '@homechef/app-kit/next-config';

export default createNextConfig(import.meta.dirname, {
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
});
