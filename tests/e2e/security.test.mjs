// Private by construction and strict: a content security policy with no violation,
// subresource integrity that matches, and no request, cookie or storage beyond the site.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, enter, openPage, siteAndBrowser } from './support.mjs';

const site = siteAndBrowser();

/** An image address the policy refuses (it is never requested): a violation on purpose. */
const SENTINEL = 'http://sentinel.invalid/csp-sentinel';

/** Opens `url` recording CSP violations in the page and in every frame. */
async function openWatched(url) {
  const opened = await openPage(site.browser, 'about:blank');
  // On the window: an iframe's first document (about:blank) gives its window to the page
  // it then loads, and the script runs for that first document only.
  await opened.page.addInitScript(() => {
    window.violations = [];
    window.addEventListener('securitypolicyviolation', (event) => {
      window.violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await opened.page.goto(url);
  return opened;
}

test('the built pages carry a strict content security policy', () => {
  for (const file of ['index.html', 'embed/index.html']) {
    const html = readFileSync(join(DIST, file), 'utf8');
    const policy = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
    assert.ok(policy, `${file}: a CSP meta tag`);
    const directives = Object.fromEntries(
      policy.split(';').map((part) => {
        const [name, ...values] = part.trim().split(/\s+/);
        return [name, values];
      }),
    );
    assert.deepEqual(directives['default-src'], ["'none'"]);
    assert.deepEqual(directives['style-src'], ["'self'"]);
    const scripts = directives['script-src'];
    assert.deepEqual(scripts.slice(0, 2), ["'self'", "'wasm-unsafe-eval'"]);
    assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'|\*/);
    // The hashes are those of the two inline scripts, exactly: Trunk's bootstrap and the
    // page's own, which runs before the first paint.
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)];
    assert.equal(inline.length, 2, file);
    const hashes = inline.map(([, script]) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`);
    assert.deepEqual(scripts.slice(2), hashes, file);
  }
});

test('the page, the embed and the embed demo run without a policy violation', async () => {
  for (const [path, widgets] of [['', 1], ['?embed=1&ai=gpu', 1], ['embed/?ai=gpu', 1], ['embed-demo.html', 4]]) {
    const { page, errors } = await openWatched(`${site.url}${path}`);
    // Every widget on the page, standalone or in an iframe, shows its numbers.
    // The demo's last embed loads lazily, once scrolled to.
    if (widgets > 1) await page.locator('iframe').nth(widgets - 1).scrollIntoViewIfNeeded();
    await page.waitForFunction(
      (count) => {
        const documents = [document, ...[...document.querySelectorAll('iframe')].map((frame) => frame.contentDocument)];
        return documents.filter((doc) => doc?.querySelector('[data-testid=ai-margin-per-mwh]')).length >= count;
      },
      widgets,
    );
    // In each document under the policy, a violation of the test's own: once it is
    // reported, any violation before it would have been too.
    for (const frame of page.frames()) {
      const policed = await frame.evaluate((sentinel) => {
        if (!document.querySelector('meta[http-equiv=Content-Security-Policy]')) return false;
        new Image().src = `${sentinel}.png`;
        return true;
      }, SENTINEL);
      if (policed) {
        // An iframe out of view may get no animation frames: poll on a timer.
        await frame.waitForFunction(
          (sentinel) => window.violations.some((violation) => violation.includes(sentinel)),
          SENTINEL,
          { polling: 50 },
        );
      }
      const violations = await frame.evaluate(
        (sentinel) => (window.violations ?? []).filter((violation) => !violation.includes(sentinel)),
        SENTINEL,
      );
      assert.deepEqual(violations, [], `${path || 'page'}: ${frame.url()}`);
    }
    assert.deepEqual(errors.filter((error) => !error.includes(SENTINEL)), [], path || 'page');
  }
});

test("integrity hashes are on the style and the first screen's script and wasm, and match the files", () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  for (const file of ['style.css', 'first.js', 'first_bg.wasm']) {
    const tag = html.match(new RegExp(`<link[^>]*href="?/${file.replace('.', '\\.')}"?[^>]*>`))?.[0];
    assert.ok(tag, `a link to ${file}`);
    const integrity = tag.match(/integrity="?(sha384-[A-Za-z0-9+/=]+)/)?.[1];
    assert.ok(integrity, `${file} has an integrity attribute`);
    const hash = createHash('sha384').update(readFileSync(join(DIST, file))).digest('base64');
    assert.equal(integrity, `sha384-${hash}`, file);
  }
});

test('the widget talks to no other origin and keeps nothing in the browser', async () => {
  const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${site.url}?preset=h100`);
  await page.getByTestId('ai-margin-per-mwh').waitFor();
  // Use everything: slide, type, fold, switch, copy, embed.
  await page.getByTestId('slider-btc').fill('120000');
  await enter(page.getByTestId('number-power'), '33');
  await page.getByTestId('advanced').locator('summary').click();
  await page.getByTestId('ai-mode-lease').check();
  await page.getByTestId('axis-power').click();
  await page.getByTestId('copy-link').click();
  await page.getByTestId('copy-link-status').getByText('Link copied.').waitFor();
  await page.getByTestId('embed').click();
  await page.getByTestId('embed-script').waitFor();
  // The last thing the page does by itself: rewrite the address after the last change.
  await page.waitForURL((url) => url.search.includes('power=33') && url.search.includes('ai=lease'));
  // A request of the test's own, recorded after any the page made before it.
  const sentinel = page.waitForRequest((request) => request.url().endsWith('/embed.js?sentinel'));
  await page.evaluate(() => fetch('./embed.js?sentinel').then((response) => response.text()));
  await sentinel;

  const origin = new URL(site.url).origin;
  const elsewhere = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'));
  assert.deepEqual(elsewhere, []);
  assert.deepEqual(await context.cookies(), []);
  const stored = await page.evaluate(async () => ({
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
  }));
  assert.deepEqual(stored, { cookie: '', local: 0, session: 0, databases: 0, caches: 0 });
  await context.close();
});
