// Shared by the end-to-end tests: a static server for dist/ on 127.0.0.1 and a headless
// Chromium that touches no network but that server.
import { createServer } from 'node:http';
import { mkdir, readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

/** The project's folder (without `import.meta.dirname`, which older Node 20s lack). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export const DIST = resolve(ROOT, 'dist');

/** The site `make site PUBLIC_URL=/mining-vs-ai/ SITE_DIR=target/site-subpath` builds. */
export const SUBPATH_SITE = resolve(ROOT, 'target/site-subpath');

/**
 * Serves `root` on an ephemeral port of 127.0.0.1 under the path `prefix`; resolves to
 * { url, close }, where `url` ends with the prefix. With `gzip`, compressed as a static
 * host would for a browser that accepts it.
 */
export async function serve(root = DIST, prefix = '/', { gzip = false } = {}) {
  const server = createServer(async (request, response) => {
    const fullPath = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    if (!fullPath.startsWith(prefix)) {
      response.writeHead(404).end();
      return;
    }
    const path = `/${fullPath.slice(prefix.length)}`;
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      const headers = { 'content-type': MIME_TYPES[extname(file)] ?? 'application/octet-stream' };
      if (gzip && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
        response.writeHead(200, { ...headers, 'content-encoding': 'gzip' });
        response.end(gzipSync(body, { level: 9 }));
      } else {
        response.writeHead(200, headers);
        response.end(body);
      }
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    // `close` ends idle keep-alive sockets itself, but a request still in flight (one a
    // test holds back, say) would hold it open for as long as the browser lives: end every
    // connection with the server.
    close: () =>
      new Promise((done) => {
        server.close(done);
        server.closeAllConnections();
      }),
  };
}

/** Debian's Chromium, headless; Playwright gives each launch a fresh, temporary profile. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Saves a full-page screenshot under test-results/ for people to review. */
export async function saveScreenshot(page, name) {
  const folder = resolve(ROOT, 'test-results');
  await mkdir(folder, { recursive: true });
  await page.screenshot({ path: resolve(folder, name), fullPage: true });
}

/** Opens `url` in a new page and collects its console errors and uncaught exceptions. */
export async function openPage(browser, url, viewport = { width: 1280, height: 900 }, options = {}) {
  const page = await browser.newPage({ viewport, ...options });
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  return { page, errors };
}

/** How long starting or closing a file's server and browser may take before its tests fail. */
const HOOK_TIMEOUT_MS = 60_000;

/**
 * Serves `root` under `prefix` and launches Chromium before the file's tests, and closes
 * both after them. Returns `{ url, browser }`, filled in once the tests start.
 */
export function siteAndBrowser(root = DIST, prefix = '/') {
  const site = { url: '', browser: null };
  let server;
  before(async () => {
    server = await serve(root, prefix);
    site.url = server.url;
    site.browser = await launch();
  }, { timeout: HOOK_TIMEOUT_MS });
  after(async () => {
    await site.browser?.close();
    await server?.close();
  }, { timeout: HOOK_TIMEOUT_MS });
  return site;
}

/**
 * Polls `check` (sync or async) until it returns a truthy value, which it resolves to, or
 * fails after `timeout` ms with `message`. For conditions that span frames or processes,
 * where `page.waitForFunction` cannot look.
 */
export async function eventually(check, { timeout = 10_000, message = 'the condition' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeout} ms waiting for ${message} (last: ${last})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The number in a number box, which shows it grouped ("110,000"). */
export async function numberIn(box) {
  return Number((await box.inputValue()).replaceAll(',', ''));
}

/** Types `text` in a number box and applies it with Enter, as a reader does. */
export async function enter(box, text) {
  await box.fill(text);
  await box.press('Enter');
}

/** Unfolds the compact embed's "More", where its other inputs and figures are, when the page
 * has one that is folded. */
export async function unfoldMore(page) {
  const more = page.getByTestId('more');
  if ((await more.count()) > 0 && !(await more.evaluate((element) => element.open))) {
    await more.locator('summary').first().click();
  }
}

/** Holds back every request of `page` whose address matches `pattern` until the returned
 * function is called. */
export async function holdRequests(page, pattern) {
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Holds back every wasm request of `page` until the returned function is called. */
export function holdWasm(page) {
  return holdRequests(page, '**/*.wasm');
}

/** An init script that makes the browser report Save-Data, as a phone saving data does: the
 * first screen then loads the rest only when asked. */
export function saveData() {
  Object.defineProperty(Navigator.prototype, 'connection', {
    configurable: true,
    get: () => ({ saveData: true, effectiveType: '4g' }),
  });
}

/** `compute(config)` of the full calculator's module, imported in `page` the way the page
 * itself imports it when the reader asks for more (`window.mvaImportRest`). */
export function computeInPage(page, config) {
  return page.evaluate(async (wanted) => {
    const full = await window.mvaImportRest();
    await full.default();
    return full.compute(wanted);
  }, config);
}

/** Waits until the full calculator has taken over `page` (a page or a frame) from the first
 * screen: its advanced inputs, which only it has, are in the document. */
export async function takenOver(page) {
  await page.getByTestId('advanced').waitFor({ state: 'attached' });
}
