// The configurator's service worker (scripts/offline-build writes dist/sw.js from this
// template: the cache version and file list below are generated from the built files).
// Cache first: after one visit the app loads, works and exports with the network gone.
// A new deployment installs beside the old one and waits; the page offers "Reload", which
// asks the waiting worker to take over (message "skip-waiting").
const CACHE = 'om-configurator-__CACHE_VERSION__';
const PRECACHE = ["__PRECACHE__"];

self.addEventListener('install', (event) => {
  // `cache: 'reload'` skips the HTTP cache, so a new version never precaches stale files.
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' })))),
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
