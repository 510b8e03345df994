// The configurator's service worker (scripts/offline-build writes dist/sw.js from this
// template: the cache version and file list below are generated from the built files).
// Cache first: after one visit the app loads, works and exports with the network gone.
// A new deployment installs beside the old one and waits; the page offers "Reload", which
// asks the waiting worker to take over (message "skip-waiting").
const CACHE = 'om-configurator-__CACHE_VERSION__';
const PRECACHE = ["__PRECACHE__"];
// A price book a deployment publishes beside the app (README "Prices"): not part of the
// build, so it is fetched network first (prices change without a new version) and kept
// for offline use; a deployment without one simply has none.
const PUBLISHED_PRICES = 'price-book.json';

self.addEventListener('install', (event) => {
  // `cache: 'reload'` skips the HTTP cache, so a new version never precaches stale files.
  event.waitUntil(
    caches.open(CACHE).then(async (cache) => {
      await cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' })));
      const published = await fetch(new Request(PUBLISHED_PRICES, { cache: 'reload' })).catch(() => null);
      if (published && published.ok) await cache.put(PUBLISHED_PRICES, published);
    }),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('om-configurator-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (new URL(request.url).pathname.endsWith(`/${PUBLISHED_PRICES}`)) {
    event.respondWith(
      caches.open(CACHE).then(async (cache) => {
        const fresh = await fetch(request, { cache: 'no-cache' }).catch(() => null);
        if (fresh && fresh.ok) {
          await cache.put(PUBLISHED_PRICES, fresh.clone());
          return fresh;
        }
        // None published (or withdrawn): forget any copy, and answer "no content" rather
        // than the server's 404, which the page would log as an error. Offline: the copy.
        if (fresh) {
          await cache.delete(PUBLISHED_PRICES);
          return fresh.status === 404 ? new Response(null, { status: 204 }) : fresh;
        }
        return (await cache.match(PUBLISHED_PRICES)) || Response.error();
      }),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // Links carry the quote in the fragment (never sent), and the page ignores queries.
      const hit = await cache.match(request, { ignoreSearch: true });
      if (hit) return hit;
      if (request.mode === 'navigate') {
        const page = await cache.match('./index.html');
        if (page) return page;
      }
      return fetch(request);
    }),
  );
});
