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
 * - Web Push (offers while the app is in the background or the screen is off): a push shows a
 *   notification, unless a window of the app has the focus (the page alerts the driver itself);
 *   tapping it focuses an open window on the offer's page, or opens one. On sign-out the
 *   browser's push subscription is dropped, so the next driver on this device gets none of it.
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
      const subscription = await self.registration.pushManager?.getSubscription();
      await subscription?.unsubscribe().catch(() => {});
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

/** Only this app's own pages: a push cannot send the driver anywhere else. */
function sameOriginUrl(value) {
  try {
    const url = new URL(typeof value === 'string' ? value : '/', self.location.origin);
    return url.origin === self.location.origin ? url.href : new URL('/', self.location.origin).href;
  } catch {
    return new URL('/', self.location.origin).href;
  }
}

function pushPayload(event) {
  try {
    const data = event.data ? event.data.json() : {};
    return {
      title: typeof data.title === 'string' ? data.title : 'HomeChef Driver',
      body: typeof data.body === 'string' ? data.body : '',
      url: sameOriginUrl(data.url),
      tag: typeof data.tag === 'string' ? data.tag : undefined,
    };
  } catch {
    return { title: 'HomeChef Driver', body: '', url: sameOriginUrl('/'), tag: undefined };
  }
}

self.addEventListener('push', (event) => {
  const payload = pushPayload(event);
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const focused = windows.find((client) => client.focused);
      if (focused) {
        // The driver is looking at the app: it sounds and vibrates itself (offer-alert.ts).
        focused.postMessage({ type: 'push', payload });
        return;
      }
      await self.registration.showNotification(payload.title, {
        body: payload.body,
        tag: payload.tag,
        renotify: Boolean(payload.tag),
        requireInteraction: true,
        icon: '/icons/icon-192.png',
        badge: '/icons/icon-192.png',
        vibrate: [300, 120, 300, 120, 300],
        data: { url: payload.url },
      });
    })(),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = sameOriginUrl(event.notification.data?.url);
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const same = windows.find((client) => client.url === url);
      if (same) return same.focus();
      const any = windows[0];
      if (any) {
        const navigated = await any.navigate(url).catch(() => null);
        return (navigated ?? any).focus();
      }
      return self.clients.openWindow(url);
    })(),
  );
});
