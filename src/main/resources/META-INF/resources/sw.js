// CiteQA service worker: keeps the page shell (and documents already opened) available offline.
// Network first, so a deployed update shows up on the next load; the cache answers only when the network cannot.
const CACHE = 'citeqa-v2';
const SHELL = ['/', '/app.css', '/app.js', '/core.js', '/focus.js', '/paragraph.css', '/paragraph.js', '/paragraph-view.js',
  '/icon.svg'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

function cacheable(url) {
  return SHELL.includes(url.pathname) || url.pathname.startsWith('/api/documents/');
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const page = request.mode === 'navigate' && url.pathname === '/';
  if (!page && !cacheable(url)) return;
  event.respondWith(fetch(request).then((response) => {
    if (response.ok) {
      const copy = response.clone();
      caches.open(CACHE).then((cache) => cache.put(page ? '/' : request, copy));
    }
    return response;
  }).catch(() => caches.match(page ? '/' : request).then((hit) => hit || Response.error())));
});
