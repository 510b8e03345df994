// Starts the app. Trunk would write this as an inline <script>, which a strict
// Content-Security-Policy (no 'unsafe-inline') blocks; Trunk.toml's pattern_script names
// the content-hashed module and wasm on this file's <script> tag instead.
const tag = document.querySelector('script[data-app-js]');
if (tag) {
  const app = await import(new URL(tag.dataset.appJs, document.baseURI).href);
  // Let the static first screen of index.html paint before the app replaces it (a frame
  // at most): on a fast connection the app could otherwise start before any paint, and
  // the page would stay blank until the app's first render.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  await app.default({ module_or_path: new URL(tag.dataset.appWasm, document.baseURI).href });
}
