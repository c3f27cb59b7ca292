/*
 * HomeChef Driver service worker.
 * - Precaches the app shell and an offline fallback page.
 * - Navigations: network first; when the network fails, the last copy of that page, then the
 *   offline page. Drivers always see fresh data when they have signal.
 * - Hashed build assets (/_next/static): cache first, they never change under one name.
 * - The API is never cached: tRPC calls go to another origin (and /trpc, /api are skipped
 *   here as well), and WebSocket traffic never passes through a service worker.
 * Bump VERSION to drop every old cache on the next activation.
 */
const VERSION = 'v1';
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
        SHELL.filter((url) => url !== OFFLINE_URL).map((url) =>
          cache.add(new Request(url, { cache: 'reload' })),
        ),
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
    if (response.ok) await cache.put(request, response.clone());
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
