// Embedding: the demo article's four embeds, the postMessage protocol, and the JS API.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULTS, assertPageShows, outputs } from './formulas.mjs';
import { openPage, saveScreenshot, siteAndBrowser } from './support.mjs';

const site = siteAndBrowser();

/** The demo article, with each embed's frame once it shows its numbers. */
async function openDemo(viewport = { width: 1000, height: 900 }) {
  const opened = await openPage(site.browser, `${site.url}embed-demo.html`, viewport);
  const iframes = opened.page.locator('iframe');
  await iframes.nth(3).waitFor({ state: 'attached' });
  const frames = [];
  for (let index = 0; index < 4; index += 1) {
    const iframe = iframes.nth(index);
    await iframe.scrollIntoViewIfNeeded();
    const frame = await (await iframe.elementHandle()).contentFrame();
    await frame.getByTestId('ai-margin-per-mwh').waitFor();
    frames.push({ iframe, frame });
  }
  return { ...opened, frames };
}

const heightOf = (iframe) => iframe.evaluate((element) => element.getBoundingClientRect().height);

test('every embed on the demo article renders with its own attributes', async () => {
  const { page, errors, frames } = await openDemo();
  const [first, second, plain, narrow] = frames;
  // The iframes appear in document order: script embed, div embed, plain iframe, 320 px.
  await assertPageShows(first.frame, outputs({ mw: 50, btc: 90000 }), assert);
  await assertPageShows(second.frame, outputs({ ai: 'gpu', gpu: 2.35, gpukw: 1.4, power: 55 }), assert);
  await assertPageShows(
    plain.frame,
    outputs({ mw: 240, ai: 'gpu', gpukw: 140 / 72, gpu: 2.15, util: 100 }),
    assert,
  );
  await assertPageShows(narrow.frame, outputs({ eff: 13.5, power: 30 }), assert);
  assert.equal(await first.frame.locator('h1').count(), 0, 'no page chrome in an embed');
  assert.match(
    await first.frame.getByTestId('open-full').getAttribute('href'),
    /^http:\/\/127\.0\.0\.1:\d+\/\?mw=50&btc=90000$/,
  );
  assert.equal(await first.frame.getByTestId('open-full').getAttribute('target'), '_blank');
  await saveScreenshot(page, 'embed-demo.png');
  assert.deepEqual(errors, []);
});

test('an embed grows with its content and fits 320 px without horizontal scroll', async () => {
  const { errors, frames } = await openDemo();
  const { iframe, frame } = frames[0];
  const frameHeight = () => heightOf(iframe);
  const contentHeight = () => frame.evaluate(() => document.querySelector('main').getBoundingClientRect().height);
  await iframe.page().waitForFunction(
    ([element, wanted]) => Math.abs(element.getBoundingClientRect().height - wanted) <= 1,
    [await iframe.elementHandle(), Math.ceil(await contentHeight())],
  );
  const folded = await frameHeight();
  await frame.getByTestId('advanced').locator('summary').click();
  await iframe.page().waitForFunction(
    ([element, before]) => element.getBoundingClientRect().height > before + 300,
    [await iframe.elementHandle(), folded],
  );
  assert.ok(Math.abs((await frameHeight()) - Math.ceil(await contentHeight())) <= 1);

  const narrow = frames[3];
  assert.equal(Math.round(await narrow.iframe.evaluate((element) => element.getBoundingClientRect().width)), 320);
  const overflow = await narrow.frame.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  assert.equal(overflow, 0);
  assert.deepEqual(errors, []);
});

test('the Embed button gives snippets that embed the scenario on screen', async () => {
  const { page, errors } = await openPage(site.browser, `${site.url}?preset=h100&btc=90000`);
  await page.getByTestId('embed').click();
  const script = await page.getByTestId('embed-script').inputValue();
  const iframe = await page.getByTestId('embed-iframe').inputValue();

  const host = await openPage(site.browser, `${site.url}embed-demo.html`);
  await host.page.setContent(`<!DOCTYPE html><title>Host</title><body>${script}${iframe}</body>`);
  const frames = host.page.locator('iframe');
  await frames.nth(1).waitFor();
  const expected = outputs({ ai: 'gpu', gpu: 2.35, gpukw: 1.4, btc: 90000 });
  for (let index = 0; index < 2; index += 1) {
    const frame = await (await frames.nth(index).elementHandle()).contentFrame();
    await frame.getByTestId('ai-margin-per-mwh').waitFor();
    await assertPageShows(frame, expected, assert);
  }
  assert.deepEqual([...errors, ...host.errors], []);
});

test('forged resize messages change nothing; extreme heights are clamped', async () => {
  const { page, errors, frames } = await openDemo();
  const heights = () => Promise.all(frames.map(({ iframe }) => heightOf(iframe)));
  // Wait for the embeds to settle, so that only a forged message could move them.
  let before = await heights();
  for (let settled = false; !settled; ) {
    await page.waitForTimeout(250);
    const now = await heights();
    settled = now.every((height, index) => height === before[index]);
    before = now;
  }
  // From the host window itself, and from a frame that is not one of the embeds.
  await page.evaluate(() => {
    window.postMessage({ type: 'mining-vs-ai:resize', height: 240 }, '*');
    const intruder = document.createElement('iframe');
    intruder.srcdoc =
      "<script>parent.postMessage({ type: 'mining-vs-ai:resize', height: 260 }, '*')</script>";
    document.body.append(intruder);
  });
  // From an embed, but malformed.
  await frames[1].frame.evaluate(() => {
    parent.postMessage({ type: 'mining-vs-ai:resize', height: 'tall' }, '*');
    parent.postMessage({ type: 'mining-vs-ai:resize', height: Number.NaN }, '*');
    parent.postMessage('mining-vs-ai:resize', '*');
  });
  await page.waitForTimeout(500);
  assert.deepEqual(await heights(), before);

  await frames[1].frame.evaluate(() => parent.postMessage({ type: 'mining-vs-ai:resize', height: 1e9 }, '*'));
  await page.waitForFunction((element) => element.getBoundingClientRect().height === 5000, await frames[1].iframe.elementHandle());
  assert.deepEqual(errors, []);
});

test('the host page sets a scenario and hears the change with its outputs', async () => {
  const { page, errors, frames } = await openDemo();
  const heard = page.evaluate(
    () =>
      new Promise((resolve) => {
        document.addEventListener('mining-vs-ai:change', (event) => {
          if (event.detail.scenario.btc === 100000) resolve(event.detail);
        });
      }),
  );
  await page.locator('#set-btc').click();
  const detail = await heard;
  const expected = outputs({ mw: 50, btc: 100000 });
  for (const [key, value] of Object.entries(expected)) {
    assert.ok(Math.abs(detail.outputs[key] - value) <= 1e-9 * Math.abs(value), `${key}: ${detail.outputs[key]} vs ${value}`);
  }
  assert.equal(detail.scenario.mw, 50);
  assert.equal(detail.scenario.power, DEFAULTS.power);
  await assertPageShows(frames[0].frame, expected, assert);
  assert.match(await page.getByTestId('reaction').textContent(), /At BTC \$100,000, AI earns/);

  // A set message from anywhere but the parent is ignored.
  await frames[1].frame.evaluate(() => {
    const first = parent.document.querySelector('.mining-vs-ai-frame');
    first.contentWindow.postMessage({ type: 'mining-vs-ai:set', scenario: { btc: 20000 } }, '*');
  });
  await page.waitForTimeout(400);
  await assertPageShows(frames[0].frame, expected, assert);
  assert.deepEqual(errors, []);
});

test('compute() from page JS gives the numbers the page shows; bad configs are handled', async () => {
  const { page, errors } = await openPage(site.browser, `${site.url}?btc=90000&ai=gpu&util=70`);
  await page.getByTestId('ai-margin-per-mwh').waitFor();
  const computed = await page.evaluate(() => window.wasmBindings.compute({ btc: 90000, ai: 'gpu', util: 70 }));
  const shown = await page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('[data-value]')].map((element) => [
        element.dataset.testid,
        Number(element.dataset.value),
      ]),
    ),
  );
  assert.ok(Object.keys(shown).length >= 15);
  for (const [testid, value] of Object.entries(shown)) {
    assert.equal(computed[testid], value, testid);
  }

  const results = await page.evaluate(() => {
    const { compute } = window.wasmBindings;
    const attempt = (config) => {
      try {
        return { value: compute(config) };
      } catch (error) {
        return { error: `${error.name}: ${error.message}` };
      }
    };
    return {
      text: attempt('btc=90000'),
      array: attempt([1, 2]),
      number: attempt(42),
      nothing: attempt(undefined),
      hostile: attempt({
        btc: Number.NaN, power: Number.POSITIVE_INFINITY, mw: 'abc', eff: {}, pool: [3],
        uptime: '1e309', foo: 1, fees: -1, ai: 7, passthru: 'maybe', apue: 'x'.repeat(10000),
      }),
      clamped: attempt({ mw: -5, btc: 1e12, passthru: false }),
    };
  });
  for (const bad of ['text', 'array', 'number']) {
    assert.match(results[bad].error ?? '', /config must be an object of the URL keys/, bad);
  }
  const defaults = outputs();
  assert.equal(results.nothing.value['ai-margin-site-year'], defaults['ai-margin-site-year']);
  const hostile = results.hostile.value;
  const expectedHostile = outputs({ fees: 0.01 });
  for (const [key, value] of Object.entries(expectedHostile)) {
    assert.ok(Math.abs(hostile[key] - value) <= 1e-9 * Math.abs(value), `${key}: ${hostile[key]} vs ${value}`);
  }
  const clamped = results.clamped.value;
  const expectedClamped = outputs({ mw: 1, btc: 250000, passthru: false });
  assert.ok(Math.abs(clamped['ai-margin-site-year'] - expectedClamped['ai-margin-site-year']) < 1e-6);
  assert.ok(Math.abs(clamped['mining-revenue-per-mwh'] - expectedClamped['mining-revenue-per-mwh']) < 1e-9);
  assert.deepEqual(errors, []);
});

test('mount() and destroy() twice leave no DOM, listeners or observers behind', async () => {
  const page = await site.browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  // Count every listener and ResizeObserver the page adds and removes; a listener on an
  // element no longer in the document goes with it.
  await page.addInitScript(() => {
    const live = new Map();
    const key = (target, type, listener, options) =>
      [target, type, listener, typeof options === 'boolean' ? options : !!options?.capture];
    const ids = new Map();
    const idOf = (parts) => parts.map((part) => {
      if (typeof part !== 'object' && typeof part !== 'function') return String(part);
      if (!ids.has(part)) ids.set(part, ids.size);
      return `#${ids.get(part)}`;
    }).join('|');
    const add = EventTarget.prototype.addEventListener;
    const remove = EventTarget.prototype.removeEventListener;
    EventTarget.prototype.addEventListener = function (type, listener, options) {
      live.set(idOf(key(this, type, listener, options)), new WeakRef(this));
      return add.call(this, type, listener, options);
    };
    EventTarget.prototype.removeEventListener = function (type, listener, options) {
      live.delete(idOf(key(this, type, listener, options)));
      return remove.call(this, type, listener, options);
    };
    const observing = new Set();
    const observe = ResizeObserver.prototype.observe;
    const disconnect = ResizeObserver.prototype.disconnect;
    ResizeObserver.prototype.observe = function (...args) {
      observing.add(this);
      return observe.apply(this, args);
    };
    ResizeObserver.prototype.disconnect = function () {
      observing.delete(this);
      return disconnect.call(this);
    };
    const attached = (target) => target && (!(target instanceof Node) || target.isConnected);
    window.leftovers = () => ({
      listeners: [...live.values()].filter((target) => attached(target.deref())).length,
      observers: observing.size,
    });
  });
  await page.goto(`${site.url}api-demo.html`);
  await page.locator('#widget [data-testid=ai-margin-per-mwh]').waitFor();
  const computed = await page.getByTestId('computed').textContent();
  assert.match(computed, /= \d+\.\d\d$/);

  await page.evaluate(() => window.miningVsAiDemo.destroy());
  await page.waitForFunction(() => document.getElementById('widget').childElementCount === 0);
  const baseline = await page.evaluate(() => window.leftovers());

  for (let round = 0; round < 2; round += 1) {
    const shown = await page.evaluate(async () => {
      const { mount } = await import('./mining-vs-ai.js');
      const host = document.getElementById('widget');
      window.handle = mount(host, { btc: 120000, ai: 'gpu' });
      await new Promise((resolve) => setTimeout(resolve, 300));
      return Number(host.querySelector('[data-testid=mining-revenue-per-mwh]').dataset.value);
    });
    assert.equal(shown, outputs({ btc: 120000, ai: 'gpu' })['mining-revenue-per-mwh']);
    await page.evaluate(() => {
      window.handle.destroy();
      window.handle.destroy();
    });
    await page.waitForFunction(() => document.getElementById('widget').childElementCount === 0);
    assert.equal(await page.evaluate(() => document.getElementById('widget').innerHTML), '');
    assert.deepEqual(await page.evaluate(() => window.leftovers()), baseline, `round ${round + 1}`);
  }
  assert.equal(page.url(), `${site.url}api-demo.html`, 'a mounted widget leaves the address alone');
  assert.deepEqual(errors, []);
});
