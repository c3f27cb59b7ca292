/*
 * HomeChef Driver service worker.
 * - Precaches the app shell and an offline fallback page.
 * - Navigations: network first; when the network fails, the last copy of that page, then the
 *   offline page. Drivers always see fresh data when they have signal.
 * - Hashed build assets (/_next/static): cache first, they never change under one name.
 * - The API is never cached: tRPC calls go to another origin (and /trpc, /api are skipped
 *   here as well), and WebSocket traffic never passes through a service worker.
 * - Pages are the signed-in driver's: on sign-out the app posts `signed-out` and every cached
 *   page but the offline one is dropped. Redirects (to sign-in) are never cached.
 * Bump VERSION to drop every old cache on the next activation.
 */
const VERSION = 'v2';
const SHELL_CACHE = `driver-shell-${VERSION}`;
const ASSET_CACHE = `driver-assets-${VERSION}`;
const OFFLINE_URL = '/offline.html';
const SHELL = [
  '/',
  OFFLINE_URL,
  '/manifest.webmanifest',
  '/icons/icon-192.png',
  '/icons/icon-512.png',
];

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(SHELL_CACHE);
      // The offline page must be there; the rest is best effort (the API may be down).
      await cache.add(new Request(OFFLINE_URL, { cache: 'reload' }));
      await Promise.allSettled(
        SHELL.filter((url) => url !== OFFLINE_URL).map(async (url) => {
          const response = await fetch(new Request(url, { cache: 'reload' }));
          // Signed out, `/` redirects to sign-in: that is not the page to show offline.
          if (response.ok && !response.redirected) await cache.put(url, response);
        }),
      );
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const keep = new Set([SHELL_CACHE, ASSET_CACHE]);
      for (const key of await caches.keys()) {
        if (!keep.has(key)) await caches.delete(key);
      }
      if (self.registration.navigationPreload) await self.registration.navigationPreload.enable();
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data?.type !== 'signed-out') return;
  event.waitUntil(
    (async () => {
      const cache = await caches.open(SHELL_CACHE);
      for (const request of await cache.keys()) {
        const { pathname } = new URL(request.url);
        if (!SHELL.includes(pathname) || pathname === '/') await cache.delete(request);
      }
    })(),
  );
});

function isApi(url) {
  return (
    url.pathname.startsWith('/trpc') ||
    url.pathname.startsWith('/api/') ||
    url.pathname.startsWith('/realtime')
  );
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || isApi(url)) return;

  if (request.mode === 'navigate') {
    event.respondWith(networkFirst(event));
    return;
  }
  if (url.pathname.startsWith('/_next/static/')) {
    event.respondWith(cacheFirst(request));
  }
});

async function networkFirst(event) {
  const { request } = event;
  const cache = await caches.open(SHELL_CACHE);
  try {
    const response = (await event.preloadResponse) || (await fetch(request));
    if (response.ok && !response.redirected) await cache.put(request, response.clone());
    return response;
  } catch {
    return (
      (await cache.match(request, { ignoreSearch: true })) ||
      (await cache.match(OFFLINE_URL)) ||
      Response.error()
    );
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(ASSET_CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}
