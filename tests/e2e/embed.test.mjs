// Embedding: the demo article's four embeds, the postMessage protocol, and the JS API.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { DEFAULTS, SNAPSHOT, assertPageShows, outputs } from './formulas.mjs';
import { enter, eventually, openPage, saveScreenshot, serve, siteAndBrowser, unfoldMore, computeInPage } from './support.mjs';

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
    await frame.getByTestId('ai-margin-per-mwh').waitFor({ state: 'attached' });
    frames.push({ iframe, frame });
  }
  return { ...opened, frames };
}

const heightOf = (iframe) => iframe.evaluate((element) => element.getBoundingClientRect().height);

// Host pages written by the tests, served from an origin of their own on 127.0.0.1 (a page
// Playwright fulfils itself counts as public to Chromium, which then refuses it the
// loopback address of a second calculator).
const hostPages = new Map();
const hosts = { url: '', server: null };
before(async () => {
  hosts.server = createServer((request, response) => {
    const body = hostPages.get(new URL(request.url, 'http://127.0.0.1').pathname);
    if (body === undefined) response.writeHead(404).end();
    else response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise((done) => hosts.server.listen(0, '127.0.0.1', done));
  hosts.url = `http://127.0.0.1:${hosts.server.address().port}/`;
});
after(() => new Promise((done) => hosts.server.close(done)));

/**
 * Opens a host page of its own whose body is `body` (with `{site}` standing for the
 * calculator's address): a fresh window, with nothing left by another page's embed.js.
 */
async function openHost(body) {
  const path = `/host-${hostPages.size + 1}.html`;
  hostPages.set(
    path,
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head><body>${body.replaceAll('{site}', site.url)}</body></html>`,
  );
  return openPage(site.browser, new URL(path, hosts.url).href, { width: 1000, height: 900 });
}

/** The embed in `iframe` (a locator), once it shows its numbers. */
async function embedIn(iframe) {
  await iframe.scrollIntoViewIfNeeded();
  const frame = await (await iframe.elementHandle()).contentFrame();
  await frame.getByTestId('ai-margin-per-mwh').waitFor({ state: 'attached' });
  return frame;
}

/** Waits until the iframe's height is its content's, as the embed reported it. */
async function fitsContent(iframe, frame) {
  await eventually(
    async () => {
      const content = await frame.evaluate(() => Math.ceil(document.querySelector('main').getBoundingClientRect().height));
      return Math.abs((await heightOf(iframe)) - content) <= 1;
    },
    { message: `${await iframe.getAttribute('src')} to take its content's height` },
  );
}

test('every embed on the demo article renders with its own attributes', async () => {
  const { page, errors, frames } = await openDemo();
  const [first, second, plain, narrow] = frames;
  // The iframes appear in document order: script embed, div embed, plain iframe, 320 px.
  await assertPageShows(first.frame, outputs({ mw: 50, btc: 90000 }), assert);
  await assertPageShows(second.frame, outputs({ ai: 'gpu', gpu: 2.65, gpukw: 1.4, util: 85, power: 55 }), assert);
  await assertPageShows(
    plain.frame,
    outputs({ mw: 240, ai: 'gpu', gpukw: 140 / 72, gpu: 2.15, util: 100 }),
    assert,
  );
  await assertPageShows(narrow.frame, outputs({ eff: 13.5, power: 30 }), assert);
  assert.equal(await first.frame.locator('h1').count(), 0, 'no page chrome in an embed');
  assert.match(
    await first.frame.getByTestId('open-full').getAttribute('href'),
    // Pinned, as every link the calculator makes: the data's date and every input.
    new RegExp(`^http://127\\.0\\.0\\.1:\\d+/\\?asof=${SNAPSHOT.as_of}&mw=50&power=40&btc=90000&`),
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
  await unfoldMore(frame);
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
  // The older `preset=h100` link: the H100 on a 1-year contract, then the market's.
  const expected = outputs({ ai: 'gpu', gpu: 2.65, gpukw: 1.4, util: 85, btc: 90000 });
  for (let index = 0; index < 2; index += 1) {
    const frame = await (await frames.nth(index).elementHandle()).contentFrame();
    await frame.getByTestId('ai-margin-per-mwh').waitFor({ state: 'attached' });
    await assertPageShows(frame, expected, assert);
  }
  // The iframe snippet's own script gives the frame its content's height, and more of it
  // when More opens: nothing scrolls inside the frame.
  const snippetFrame = frames.nth(1);
  const inner = await (await snippetFrame.elementHandle()).contentFrame();
  const fits = async () => host.page.waitForFunction((frame) => {
    const content = frame.contentDocument.documentElement.scrollHeight;
    return Math.abs(frame.getBoundingClientRect().height - content) <= 1;
  }, await snippetFrame.elementHandle());
  await fits();
  const folded = (await snippetFrame.boundingBox()).height;
  await inner.locator('[data-testid=more] > summary').click();
  await inner.getByTestId('map').waitFor();
  await fits();
  assert.ok((await snippetFrame.boundingBox()).height > folded + 200, 'the frame grew with More');
  assert.deepEqual([...errors, ...host.errors], []);
});

test('forged resize messages change nothing; extreme heights are clamped', async () => {
  const { page, errors, frames } = await openDemo();
  const heights = () => Promise.all(frames.map(({ iframe }) => heightOf(iframe)));
  // Wait for the script embeds to take their content's height, so that only a forged
  // message could move them.
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.mining-vs-ai-frame')].every((frame) => {
      const main = frame.contentDocument?.querySelector('main');
      return main && Math.abs(frame.getBoundingClientRect().height - Math.ceil(main.getBoundingClientRect().height)) <= 1;
    }),
  );
  const before = await heights();
  // From the host window itself, and from a frame of the widget's origin that is not one
  // of the embeds (it has posted once it has loaded).
  await page.evaluate(async () => {
    window.postMessage({ type: 'mining-vs-ai:resize', height: 240 }, '*');
    const intruder = document.createElement('iframe');
    intruder.srcdoc =
      "<script>parent.postMessage({ type: 'mining-vs-ai:resize', height: 260 }, '*')</script>";
    const loaded = new Promise((resolve) => intruder.addEventListener('load', resolve, { once: true }));
    document.body.append(intruder);
    await loaded;
  });
  // From an embed, but malformed.
  await frames[1].frame.evaluate(() => {
    parent.postMessage({ type: 'mining-vs-ai:resize', height: 'tall' }, '*');
    parent.postMessage({ type: 'mining-vs-ai:resize', height: Number.NaN }, '*');
    parent.postMessage({ type: 'mining-vs-ai:resize' }, '*');
    parent.postMessage('mining-vs-ai:resize', '*');
  });
  // Then a genuine one from another embed, 50 px taller than its content (no scroll bar,
  // no reflow): once it has moved its iframe, the forged ones before it were handled.
  const sentinel = before[0] + 50;
  await frames[0].frame.evaluate(
    (height) => parent.postMessage({ type: 'mining-vs-ai:resize', height }, '*'),
    sentinel,
  );
  await page.waitForFunction(
    ([element, height]) => element.getBoundingClientRect().height === height,
    [await frames[0].iframe.elementHandle(), sentinel],
  );
  assert.deepEqual(await heights(), [sentinel, ...before.slice(1)]);

  await frames[1].frame.evaluate(() => parent.postMessage({ type: 'mining-vs-ai:resize', height: 1e9 }, '*'));
  await page.waitForFunction((element) => element.getBoundingClientRect().height === 10000, await frames[1].iframe.elementHandle());
  assert.deepEqual(errors, []);
});

test('the host page sets a scenario and hears the change with its outputs', async () => {
  const { page, errors, frames } = await openDemo();
  await page.evaluate(() => {
    window.heard = [];
    document.addEventListener('mining-vs-ai:change', (event) => window.heard.push(event.detail));
  });
  await page.locator('#set-btc').click();
  const detail = await (
    await page.waitForFunction(() => window.heard.find((heard) => heard.scenario.btc === 100000))
  ).jsonValue();
  const expected = outputs({ mw: 50, btc: 100000 });
  for (const [key, value] of Object.entries(expected)) {
    assert.ok(Math.abs(detail.outputs[key] - value) <= 1e-9 * Math.abs(value), `${key}: ${detail.outputs[key]} vs ${value}`);
  }
  assert.equal(detail.scenario.mw, 50);
  assert.equal(detail.scenario.power, DEFAULTS.power);
  // The decision over the years comes with it: its figures and one row a year.
  assert.ok(Number.isFinite(detail.outputs['npv-gain']), 'npv-gain');
  assert.equal(detail.outputs.years.length, DEFAULTS.years);
  assert.equal(detail.outputs.years[0].year, 1);
  // The default outlook is the base path: its gain is the scenario's own.
  assert.deepEqual(Object.keys(detail.outputs.paths), ['bear', 'base', 'bull']);
  assert.equal(detail.outputs.paths.base, detail.outputs['npv-gain']);
  assert.notEqual(detail.outputs.paths.bear, detail.outputs.paths.bull);
  await assertPageShows(frames[0].frame, expected, assert);
  assert.match(await page.getByTestId('reaction').textContent(), /At BTC \$100,000, AI earns/);

  // A set message from anywhere but the parent is ignored: the scenarios the host hears
  // from now on never have its BTC price.
  await page.evaluate(() => {
    window.heard = [];
  });
  await frames[1].frame.evaluate(() => {
    const first = parent.document.querySelector('.mining-vs-ai-frame');
    first.contentWindow.postMessage({ type: 'mining-vs-ai:set', scenario: { btc: 20000 } }, '*');
  });
  // Then the parent's own, after it: once its change is heard, the forged one was handled.
  await page.evaluate(() => {
    const first = document.querySelector('.mining-vs-ai-frame');
    first.contentWindow.postMessage(
      { type: 'mining-vs-ai:set', scenario: { mw: 50, btc: 100000, power: 41 } },
      new URL(first.src).origin,
    );
  });
  await page.waitForFunction(() => window.heard.some((heard) => heard.scenario.power === 41));
  assert.deepEqual(await page.evaluate(() => window.heard.map((heard) => heard.scenario.btc)), [100000]);
  await assertPageShows(frames[0].frame, outputs({ mw: 50, btc: 100000, power: 41 }), assert);
  assert.deepEqual(errors, []);
});

test('compute() from page JS gives the numbers the page shows; bad configs are handled', async () => {
  const { page, errors } = await openPage(site.browser, `${site.url}?btc=90000&ai=gpu&util=70`);
  await page.getByTestId('ai-margin-per-mwh').waitFor({ state: 'attached' });
  const computed = await computeInPage(page, { btc: 90000, ai: 'gpu', util: 70 });
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

  const results = await page.evaluate(async () => {
    const full = await window.mvaImportRest();
    await full.default();
    const { compute } = full;
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
  const expectedHostile = outputs({ fees: 0 });
  for (const [key, value] of Object.entries(expectedHostile)) {
    assert.ok(Math.abs(hostile[key] - value) <= 1e-9 * Math.abs(value), `${key}: ${hostile[key]} vs ${value}`);
  }
  const clamped = results.clamped.value;
  const expectedClamped = outputs({ mw: 1, btc: 1000000, passthru: false });
  assert.ok(Math.abs(clamped['ai-margin-site-year'] - expectedClamped['ai-margin-site-year']) < 1e-6);
  assert.ok(Math.abs(clamped['mining-revenue-per-mwh'] - expectedClamped['mining-revenue-per-mwh']) < 1e-9);
  assert.deepEqual(errors, []);
});

test("mount() and destroy() twice leave no DOM, listeners or observers behind, with either module", async () => {
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
  await page.locator('#widget [data-testid=ai-margin-per-mwh]').waitFor({ state: 'attached' });
  const computed = await page.getByTestId('computed').textContent();
  assert.match(computed, /= \d+\.\d\d$/);

  await page.evaluate(() => window.miningVsAiDemo.destroy());
  await page.waitForFunction(() => document.getElementById('widget').childElementCount === 0);
  const baseline = await page.evaluate(() => window.leftovers());

  // The full module's widget, then widget.js's: destroyed as its first screen, and once the
  // full calculator has taken it over.
  const rounds = [
    ['mining-vs-ai.js', 'full'], ['mining-vs-ai.js', 'full'],
    ['widget.js', 'first screen'], ['widget.js', 'taken over'], ['widget.js', 'taken over'],
  ];
  for (const [round, [module, state]] of rounds.entries()) {
    const firstScreen = await page.evaluate(async ([url, state]) => {
      const { default: init, mount } = await import(url);
      await init();
      window.handle = mount(document.getElementById('widget'), { btc: 120000, ai: 'gpu' });
      if (state !== 'first screen') return null;
      const shown = document.querySelector('#widget [data-testid=number-btc]').value;
      window.handle.destroy();
      return shown;
    }, [`./${module}`, state]);
    if (state === 'first screen') {
      assert.equal(firstScreen, '120,000', "the first screen was there, with the config's scenario");
    } else {
      await page.locator('#widget [data-testid=mining-revenue-per-mwh]').waitFor({ state: 'attached' });
      const shown = Number(await page.locator('#widget [data-testid=mining-revenue-per-mwh]').getAttribute('data-value'));
      assert.equal(shown, outputs({ btc: 120000, ai: 'gpu' })['mining-revenue-per-mwh']);
    }
    await page.evaluate(() => {
      window.handle.destroy();
      window.handle.destroy();
    });
    await page.waitForFunction(() => document.getElementById('widget').childElementCount === 0);
    assert.equal(await page.evaluate(() => document.getElementById('widget').innerHTML), '');
    assert.deepEqual(await page.evaluate(() => window.leftovers()), baseline, `round ${round + 1}: ${module}, ${state}`);
  }
  assert.equal(page.url(), `${site.url}api-demo.html`, 'a mounted widget leaves the address alone');
  assert.deepEqual(errors, []);
});

test('a scenario the host sets renders the controls afresh, without messages', async () => {
  const { page, errors, frames } = await openDemo();
  const { frame } = frames[0];
  // Which boxes were marked invalid, recorded as it happens (junk is marked while pending).
  await frame.evaluate(() => {
    window.invalid = new Set();
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.target.getAttribute('aria-invalid') === 'true') window.invalid.add(record.target.dataset.testid);
      }
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['aria-invalid'] });
  });
  // Junk typed and left: refused, with a message.
  const power = frame.getByTestId('number-power');
  await power.fill('abc');
  await power.press('Tab');
  await frame.getByTestId('message-power').getByText('Not a number: kept $40/MWh.').waitFor();
  // Junk typed in another box, left when the reader clicks the host's button.
  await frame.getByTestId('number-mw').fill('xyz');
  assert.deepEqual(await frame.evaluate(() => [...window.invalid].sort()), ['number-mw', 'number-power']);

  await page.locator('#set-btc').click();
  // An iframe out of view may get no animation frames: poll on a timer.
  await frame.waitForFunction(() => document.querySelector('[data-testid=number-btc]').value === '100,000', undefined, {
    polling: 100,
  });
  await assertPageShows(frame, outputs({ mw: 50, btc: 100000 }), assert);
  const messages = await frame.locator('[data-testid^=message-]').allTextContents();
  assert.deepEqual(messages.filter((text) => text.trim() !== ''), []);
  assert.equal(await frame.locator('[aria-invalid]').count(), 0);
  assert.equal(await frame.locator('[data-pending]').count(), 0);
  assert.equal(await frame.getByTestId('number-mw').inputValue(), '50');
  assert.deepEqual(errors, []);
});

test('placeholders added after the page has loaded are embedded too', async () => {
  const { page, errors } = await openHost('<main id="app"></main><script src="{site}embed.js"></script>');
  await page.evaluate(() => {
    // As a single-page app renders a view: an element in markup, a div built by script,
    // a lazily loaded block with one inside, an element given its attributes once in the
    // page, and one in a component's shadow root.
    const app = document.getElementById('app');
    app.insertAdjacentHTML('beforeend', '<mining-vs-ai mw="50" btc="90000"></mining-vs-ai>');
    const div = document.createElement('div');
    Object.assign(div.dataset, { miningVsAi: '', preset: 'h100', power: '55' });
    app.append(div);
    const block = document.createElement('section');
    block.innerHTML = '<p>Read on:</p><div><mining-vs-ai preset="s21-xp" power="30"></mining-vs-ai></div>';
    app.append(block);
    const late = document.createElement('mining-vs-ai');
    app.append(late);
    late.setAttribute('btc', '120000');
    const component = document.createElement('div');
    component.attachShadow({ mode: 'open' }).innerHTML = '<mining-vs-ai lease="200"></mining-vs-ai>';
    app.append(component);
  });
  const expected = [
    outputs({ mw: 50, btc: 90000 }),
    outputs({ ai: 'gpu', gpu: 2.65, gpukw: 1.4, util: 85, power: 55 }),
    outputs({ eff: 13.5, power: 30 }),
    outputs({ btc: 120000 }),
    outputs({ lease: 200 }),
  ];
  const iframes = page.locator('iframe.mining-vs-ai-frame');
  await iframes.nth(expected.length - 1).waitFor({ state: 'attached' });
  assert.equal(await iframes.count(), expected.length);
  assert.equal(await page.locator('mining-vs-ai, [data-mining-vs-ai]').count(), 0, 'no placeholder left');
  for (const [index, scenario] of expected.entries()) {
    const iframe = iframes.nth(index);
    const frame = await embedIn(iframe);
    await assertPageShows(frame, scenario, assert);
    await fitsContent(iframe, frame);
  }
  assert.deepEqual(errors, []);
});

test('two copies of embed.js from two origins each embed and resize their own', async () => {
  // The same site on a second port: another origin, another copy of the script.
  const other = await serve();
  try {
    const { page, errors } = await openHost(
      '<div data-mining-vs-ai data-btc="90000"></div><script src="{site}embed.js"></script>',
    );
    const iframes = page.locator('iframe.mining-vs-ai-frame');
    await iframes.first().waitFor({ state: 'attached' });
    // A view that arrives later with its own copy of the script, from the other origin,
    // and a placeholder that names it.
    await page.evaluate((src) => {
      const placeholder = document.createElement('mining-vs-ai');
      placeholder.setAttribute('src', src);
      placeholder.setAttribute('btc', '120000');
      document.body.append(placeholder);
      const script = document.createElement('script');
      script.src = `${src}embed.js`;
      document.body.append(script);
    }, other.url);
    await iframes.nth(1).waitFor({ state: 'attached' });
    // Each the widget's page of its own site.
    assert.ok((await iframes.nth(0).getAttribute('src')).startsWith(`${site.url}embed/?embed=1&`));
    assert.ok((await iframes.nth(1).getAttribute('src')).startsWith(`${other.url}embed/?embed=1&`));
    const frames = [await embedIn(iframes.nth(0)), await embedIn(iframes.nth(1))];
    await assertPageShows(frames[0], outputs({ btc: 90000 }), assert);
    await assertPageShows(frames[1], outputs({ btc: 120000 }), assert);
    for (const index of [0, 1]) await fitsContent(iframes.nth(index), frames[index]);

    // Each keeps following its content, and each change is announced once, on its iframe.
    await page.evaluate(() => {
      window.heard = [];
      document.addEventListener('mining-vs-ai:change', (event) => {
        const index = [...document.querySelectorAll('iframe')].indexOf(event.target);
        window.heard.push([index, event.detail.scenario.btc]);
      });
    });
    for (const index of [1, 0]) {
      const folded = await heightOf(iframes.nth(index));
      await unfoldMore(frames[index]);
      await frames[index].getByTestId('advanced').locator('summary').click();
      await page.waitForFunction(
        ([element, height]) => element.getBoundingClientRect().height > height + 300,
        [await iframes.nth(index).elementHandle(), folded],
      );
      await fitsContent(iframes.nth(index), frames[index]);
      await enter(frames[index].getByTestId('number-btc'), `${100000 + index}`);
      await page.waitForFunction(
        (wanted) => window.heard.some(([, btc]) => btc === wanted),
        100000 + index,
      );
    }
    assert.deepEqual(await page.evaluate(() => window.heard), [[1, 100001], [0, 100000]]);
    assert.deepEqual(errors, []);
    await page.close();
  } finally {
    await other.close();
  }
});

test('an embed removed from the page is let go', async () => {
  const { page, errors } = await openHost(
    '<div id="view"><mining-vs-ai btc="90000"></mining-vs-ai></div><script src="{site}embed.js"></script>',
  );
  // Once it has talked to the page, the script knows its iframe.
  await page.waitForFunction(() => {
    const iframe = document.querySelector('iframe.mining-vs-ai-frame');
    return iframe !== null && iframe.style.height !== '1500px';
  });
  // The view goes, as a single-page app moves on; only a weak reference stays.
  await page.evaluate(() => {
    window.removed = new WeakRef(document.querySelector('iframe.mining-vs-ai-frame'));
    document.getElementById('view').remove();
  });
  const cdp = await page.context().newCDPSession(page);
  await eventually(
    async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return page.evaluate(() => window.removed.deref() === undefined);
    },
    { message: 'the removed iframe to be garbage-collected' },
  );
  await cdp.detach();

  // And the script still embeds and resizes what comes next.
  await page.evaluate(() => document.body.insertAdjacentHTML('afterbegin', '<mining-vs-ai btc="100000"></mining-vs-ai>'));
  const iframe = page.locator('iframe.mining-vs-ai-frame');
  const frame = await embedIn(iframe);
  await assertPageShows(frame, outputs({ btc: 100000 }), assert);
  await fitsContent(iframe, frame);
  assert.deepEqual(errors, []);
});

test('a host that answers every change with a set of the same scenario hears each change once', async () => {
  const { page, errors } = await openHost(`
    <script>
      window.heard = [];
      document.addEventListener('mining-vs-ai:change', (event) => {
        window.heard.push(event.detail.scenario);
        event.target.contentWindow.postMessage(
          { type: 'mining-vs-ai:set', scenario: event.detail.scenario },
          new URL(event.target.src).origin,
        );
      });
      window.setScenario = (scenario) => {
        const iframe = document.querySelector('iframe.mining-vs-ai-frame');
        iframe.contentWindow.postMessage({ type: 'mining-vs-ai:set', scenario }, new URL(iframe.src).origin);
      };
    </script>
    <mining-vs-ai btc="90000"></mining-vs-ai>
    <script src="{site}embed.js"></script>`);
  await embedIn(page.locator('iframe.mining-vs-ai-frame'));
  await page.waitForFunction(() => window.heard.length >= 1);
  // Two new scenarios, one after the other: once the second is heard, every echo of the
  // first (sent before it, from the same window) has been handled.
  await page.evaluate(() => window.setScenario({ btc: 90000, power: 41 }));
  await page.waitForFunction(() => window.heard.some((scenario) => scenario.power === 41));
  await page.evaluate(() => window.setScenario({ btc: 90000, power: 42 }));
  await page.waitForFunction(() => window.heard.some((scenario) => scenario.power === 42));
  const powers = await page.evaluate(() => window.heard.map((scenario) => scenario.power));
  assert.deepEqual(powers, [DEFAULTS.power, 41, 42], `heard ${powers.length} changes`);
  assert.deepEqual(errors, []);
});
