// The calculator as a reader uses it: sliders, number boxes, presets, the chart, and links.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SNAPSHOT, assertPageShows, outputs } from './formulas.mjs';
import { enter, numberIn, openPage, saveScreenshot, siteAndBrowser, takenOver } from './support.mjs';

const site = siteAndBrowser();

/** The chart's pixels, once it has been drawn at its container's size. */
async function chartImage(page) {
  const chart = page.getByTestId('chart');
  await chart.waitFor();
  await page.waitForFunction(() => document.querySelector('[data-testid=chart]').width > 0);
  return chart.evaluate((canvas) => canvas.toDataURL());
}

/** Waits until the chart differs from `previous`, and returns it. */
async function changedChart(page, previous) {
  await page.waitForFunction(
    (old) => document.querySelector('[data-testid=chart]').toDataURL() !== old,
    previous,
    { timeout: 5000 },
  );
  return chartImage(page);
}

test('dragging a slider and typing in a number box update the numbers and the chart', async () => {
  const { page, errors } = await openPage(site.browser, site.url);
  // The full calculator's slider: the first screen's is replaced at the hand-over, which
  // can come in the middle of a drag (the first screen's own are in split.test.mjs).
  await takenOver(page);
  const initial = await chartImage(page);

  const slider = page.getByTestId('slider-btc');
  // The mouse reaches only what is in the viewport.
  await slider.scrollIntoViewIfNeeded();
  const box = await slider.boundingBox();
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.3, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.75, y, { steps: 12 });
  await page.mouse.up();
  const btc = await numberIn(page.getByTestId('number-btc'));
  assert.ok(btc > 150000 && btc < 250000, `dragged to ${btc}`);
  await assertPageShows(page, outputs({ btc }), assert);
  const dragged = await changedChart(page, initial);

  // A typed entry waits, pending, for Enter (or a pause): no figure moves until then.
  // Recorded as it happens, so that the check does not depend on how fast the test is.
  await page.evaluate(() => {
    window.typing = { pending: false, moved: [] };
    new MutationObserver((records) => {
      if (document.querySelector('[data-testid=number-power]').dataset.pending !== 'true') return;
      window.typing.pending = true;
      for (const record of records) {
        if (record.attributeName === 'data-value' && record.oldValue !== record.target.dataset.value) {
          window.typing.moved.push(record.target.dataset.testid);
        }
      }
    }).observe(document.body, {
      subtree: true,
      attributes: true,
      attributeOldValue: true,
      attributeFilter: ['data-value', 'data-pending'],
    });
  });
  const power = page.getByTestId('number-power');
  await power.fill('25');
  await power.press('Enter');
  await page.locator('[data-testid=number-power]:not([data-pending])').waitFor();
  assert.equal(await power.inputValue(), '25');
  await assertPageShows(page, outputs({ btc, power: 25 }), assert);
  await changedChart(page, dragged);
  assert.deepEqual(await page.evaluate(() => window.typing), { pending: true, moved: [] });
  assert.deepEqual(errors, []);
});

test('a URL with parameters loads that scenario', async () => {
  const scenario = {
    mw: 250, power: 55, btc: 110000, hashrate: 1000, subsidy: 1.5625, fees: 0.05, pool: 1,
    eff: 15, mpue: 1.1, uptime: 99, ai: 'gpu', gpu: 3, gpukw: 1.9, util: 90, apue: 1.1,
  };
  const query = new URLSearchParams(Object.entries(scenario)).toString();
  const { page, errors } = await openPage(site.browser, `${site.url}?${query}`);
  await page.getByTestId('ai-margin-per-mwh').waitFor({ state: 'attached' });
  await assertPageShows(page, outputs(scenario), assert);
  assert.equal(await page.getByTestId('number-btc').inputValue(), '110,000');
  assert.deepEqual(errors, []);
});

test('hostile URL values are clamped or ignored and the page still renders', async () => {
  const query = [
    'btc=NaN', 'power=1e309', 'mw=-5', 'eff=abc', 'pool=Infinity', 'uptime=1e308',
    'ai=gpu', 'ai=lease', `gpu=${'9'.repeat(10000)}`, 'foo=bar', 'preset=nope', 'util=%00',
  ].join('&');
  const { page, errors } = await openPage(site.browser, `${site.url}?${query}`);
  await page.getByTestId('ai-margin-per-mwh').waitFor({ state: 'attached' });
  await assertPageShows(page, outputs({ mw: 1, uptime: 100, ai: 'gpu' }), assert);
  assert.doesNotMatch(await page.locator('body').textContent(), /NaN|Infinity/);
  // The address bar settles on the scenario actually shown.
  await page.waitForURL((url) => url.search === '?mw=1&uptime=100&ai=gpu');
  assert.deepEqual(errors, []);
});

test('moving controls rewrites the URL in place, without history entries', async () => {
  const { page, errors } = await openPage(site.browser, site.url);
  await page.getByTestId('slider-mw').waitFor();
  const historyLength = await page.evaluate(() => history.length);
  for (const mw of ['20', '30', '40', '50']) {
    await page.getByTestId('slider-mw').fill(mw);
  }
  await enter(page.getByTestId('number-power'), '33');
  await page.waitForURL((url) => url.search === '?mw=50&power=33');
  assert.equal(await page.evaluate(() => history.length), historyLength);
  assert.deepEqual(errors, []);
});

test('a copied link opens the same scenario', async () => {
  const options = { permissions: ['clipboard-read', 'clipboard-write'] };
  const { page, errors } = await openPage(site.browser, site.url, undefined, options);
  await page.getByTestId('preset-deal').selectOption('iren-microsoft');
  await enter(page.getByTestId('number-btc'), '88000');
  assert.equal(await page.getByTestId('number-btc').inputValue(), '88,000');
  await page.getByTestId('copy-link').click();
  await page.getByTestId('copy-link-status').getByText('Link copied.').waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  // Pinned: the data's date and every input, so the link keeps its numbers.
  assert.match(link, new RegExp(`^http://127\\.0\\.0\\.1:\\d+/\\?asof=${SNAPSHOT.as_of}&deal=iren-microsoft&mw=240&`));
  assert.match(link, /&btc=88000&/);

  const copy = await openPage(site.browser, link);
  await copy.page.getByTestId('ai-margin-per-mwh').waitFor({ state: 'attached' });
  for (const testid of ['mining-margin-per-mwh', 'ai-margin-per-mwh', 'ai-margin-site-year', 'breakeven-btc']) {
    assert.equal(
      await copy.page.getByTestId(testid).getAttribute('data-value'),
      await page.getByTestId(testid).getAttribute('data-value'),
      testid,
    );
  }
  assert.match(await copy.page.getByTestId('preset-deal').inputValue(), /iren-microsoft/);
  assert.deepEqual([...errors, ...copy.errors], []);
});

test('a miner and a deal combine, each naming its source; an older preset link opens on its picker', async () => {
  const { page, errors } = await openPage(site.browser, `${site.url}?preset=s21-xp&power=30`);
  await page.getByTestId('ai-margin-per-mwh').waitFor({ state: 'attached' });
  assert.equal(await page.getByTestId('preset-miner').inputValue(), 's21-xp');
  await page.waitForURL((url) => url.search === '?miner=s21-xp&power=30');
  await page.getByTestId('preset-deal').selectOption('cipher-barber-lake');
  await page.waitForURL((url) => url.search === '?miner=s21-xp&deal=cipher-barber-lake&power=30');
  // Barber Lake: $3.0B / (168 MW x 1,000 x 12 x 10) = $149/kW-month; 168 IT MW x PUE 1.2 =
  // 201.6 MW; modified gross, its NOI margin counting power among the landlord's costs, so
  // today's margin passes power through. The miner and power stay.
  await assertPageShows(page, outputs({ eff: 13.5, power: 30, lease: 149, mw: 201.6, passthru: true }), assert);
  assert.equal(await page.getByTestId('passthru').isChecked(), true);
  assert.match(await page.getByTestId('preset-hint-deal').textContent(), /\(Cipher, Sep 2025\)\.$/);
  assert.match(await page.getByTestId('preset-hint-miner').textContent(), /Bitmain spec/);
  assert.equal(await page.getByTestId('preset-deal').getAttribute('data-modified'), 'false');
  await page.getByTestId('passthru').uncheck();
  await page.getByTestId('reapply-deal').waitFor();
  assert.equal(await page.getByTestId('preset-miner').getAttribute('data-modified'), 'false');
  assert.deepEqual(errors, []);
});

// The cases of tests/web.rs's typed-entry tests, here on the release build (wasm-opt, the
// minified glue with its renamed imports) and checked against the JavaScript formulas: what
// a reader's browser runs, which the debug build of the browser tests is not.
test('typed junk keeps the last good value and says so; out of range is clamped', async () => {
  const { page, errors } = await openPage(site.browser, site.url);
  // The full calculator's boxes (the first screen's waits while a message shows).
  await takenOver(page);
  const power = page.getByTestId('number-power');
  const message = page.getByTestId('message-power');
  await enter(power, 'abc');
  await page.getByTestId('message-power').getByText('Not a number: kept $40/MWh.').waitFor();
  await assertPageShows(page, outputs(), assert);
  assert.equal(await power.inputValue(), '40');
  // Leaving the box applies the entry too.
  await power.fill('-20');
  await power.press('Tab');
  await message.getByText('Out of range: using the minimum, $0/MWh.').waitFor();
  await assertPageShows(page, outputs({ power: 0 }), assert);
  assert.equal(await power.inputValue(), '0');
  // A decimal comma is refused, not read as thousands.
  const apue = page.getByTestId('number-apue');
  await page.getByTestId('advanced').locator('summary').click();
  await enter(apue, '1,5');
  await page.waitForFunction(() =>
    document.querySelector('[data-testid=message-apue]').textContent.startsWith('Commas only separate thousands'),
  );
  await assertPageShows(page, outputs({ power: 0 }), assert);
  assert.equal(await apue.inputValue(), '1.2');
  // Suffixes, and a pause in typing applies the entry without Enter, leaving its text as
  // typed until the box is left.
  const btc = page.getByTestId('number-btc');
  await btc.fill('90k');
  await page.waitForFunction(() => {
    const box = document.querySelector('[data-testid=number-btc]');
    return box.value === '90k' && box.dataset.pending === undefined;
  });
  await assertPageShows(page, outputs({ power: 0, btc: 90000 }), assert);
  await btc.press('Tab');
  await page.waitForFunction(() => document.querySelector('[data-testid=number-btc]').value === '90,000');
  await enter(btc, '1.2M');
  await page.getByTestId('message-btc').getByText('Out of range: using the maximum, $1,000,000.').waitFor();
  assert.equal(await btc.inputValue(), '1,000,000');
  await assertPageShows(page, outputs({ power: 0, btc: 1000000 }), assert);
  assert.deepEqual(errors, []);
});

test('the chart switches to the power price and has a text alternative', async () => {
  // A cheap lease and dear bitcoin: mining wins on cheap power, AI on dear power.
  const scenario = { btc: 150000, lease: 60 };
  const { page, errors } = await openPage(site.browser, `${site.url}?btc=150000&lease=60`);
  const againstBtc = await chartImage(page);
  await page.getByTestId('axis-power').click();
  await changedChart(page, againstBtc);
  assert.match(await page.getByTestId('chart-title').textContent(), /against the power price/);
  const description = await page.getByTestId('chart').getAttribute('aria-label');
  assert.match(description, /against the power price/);
  const expected = outputs(scenario);
  const crossing =
    expected['mining-revenue-per-mwh'] - expected['ai-margin-per-mwh'] / 0.95;
  // Shown in whole dollars per MWh.
  const shown = Number(description.match(/The lines cross at \$(\d+)\/MWh/)[1]);
  assert.ok(Math.abs(shown - crossing) <= 0.5, `crossing ${shown}, formulas ${crossing}`);
  const rows = page.getByTestId('chart-table').locator('tbody tr');
  assert.equal(await rows.count(), 25);
  assert.equal(await rows.first().locator('th').textContent(), '$0/MWh');
  assert.deepEqual(errors, []);
});

test('the dark theme follows the system, in the page and in the chart, screenshot for review', async () => {
  const shades = {};
  for (const colorScheme of ['light', 'dark']) {
    const { page, errors } = await openPage(site.browser, `${site.url}?preset=gb200-nvl72`, undefined, { colorScheme });
    await chartImage(page);
    // The page's background and the chart's text colour, as the sum of their channels.
    shades[colorScheme] = await page.evaluate(() => {
      const sum = (color) => color.match(/\d+/g).slice(0, 3).map(Number).reduce((a, b) => a + b, 0);
      return {
        page: sum(getComputedStyle(document.body).backgroundColor),
        text: sum(getComputedStyle(document.querySelector('[data-testid=chart]')).color),
      };
    });
    if (colorScheme === 'dark') await saveScreenshot(page, 'page-1280-dark.png');
    assert.deepEqual(errors, []);
    await page.close();
  }
  assert.ok(shades.dark.page < 150 && shades.light.page > 600, JSON.stringify(shades));
  assert.ok(shades.dark.text > shades.dark.page + 300, `light words on the dark page: ${JSON.stringify(shades)}`);
});

/** The canvas pixel at (x, y) device pixels, as [red, green, blue]. */
const pixelAt = (page, x, y) =>
  page.getByTestId('chart').evaluate(
    (canvas, [left, top]) => [...canvas.getContext('2d').getImageData(left, top, 1, 1).data.slice(0, 3)],
    [x, y],
  );

/** The stylesheet's --background for the chart, as [red, green, blue]. */
const backgroundOf = (page) =>
  page.getByTestId('chart').evaluate((canvas) => {
    const hex = getComputedStyle(canvas).getPropertyValue('--mva-background').trim().slice(1);
    return [0, 2, 4].map((start) => parseInt(hex.slice(start, start + 2), 16));
  });

test('the chart redraws in the dark colours when the colour scheme switches', async () => {
  const { page, errors } = await openPage(site.browser, site.url, undefined, { colorScheme: 'light' });
  const light = await chartImage(page);
  // The chart fills its whole canvas with the background first: its corner is background.
  assert.deepEqual(await backgroundOf(page), [255, 255, 255]);
  assert.deepEqual(await pixelAt(page, 1, 1), [255, 255, 255]);

  await page.emulateMedia({ colorScheme: 'dark' });
  await changedChart(page, light);
  const dark = await backgroundOf(page);
  assert.deepEqual(dark, [0x0d, 0x11, 0x17], "the stylesheet's dark --background");
  await page.waitForFunction(
    (wanted) => {
      const canvas = document.querySelector('[data-testid=chart]');
      const pixel = canvas.getContext('2d').getImageData(1, 1, 1, 1).data;
      return wanted.every((value, index) => pixel[index] === value);
    },
    dark,
    { timeout: 5000 },
  );

  // And back.
  await page.emulateMedia({ colorScheme: 'light' });
  await page.waitForFunction(
    () => document.querySelector('[data-testid=chart]').getContext('2d').getImageData(1, 1, 1, 1).data[0] === 255,
    undefined,
    { timeout: 5000 },
  );
  assert.deepEqual(errors, []);
});

test("the chart's backing store follows the device pixel ratio", async () => {
  const { page, errors } = await openPage(site.browser, site.url);
  // The full calculator's canvas, not the first screen's, which it replaces.
  await takenOver(page);
  await chartImage(page);
  /** The canvas' backing width over its CSS width. */
  const density = () =>
    page.getByTestId('chart').evaluate((canvas) => canvas.width / canvas.getBoundingClientRect().width);
  assert.ok(Math.abs((await density()) - 1) < 0.01, `at 1x: ${await density()}`);

  // As if the window moved to a 2x screen. Chromium's emulation re-evaluates media queries
  // (the page's `resolution` query included) only when the viewport's size changes too, so
  // the window also gets narrower; the chart is redrawn either way, and only a pixel ratio
  // the page has taken in makes its backing store twice its CSS size.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', {
    width: 1100, height: 900, deviceScaleFactor: 2, mobile: false,
  });
  await page.waitForFunction(() => window.devicePixelRatio === 2);
  await page.waitForFunction(
    () => {
      const canvas = document.querySelector('[data-testid=chart]');
      const { width, height } = canvas.getBoundingClientRect();
      return Math.abs(canvas.width - 2 * width) <= 1 && Math.abs(canvas.height - 2 * height) <= 1;
    },
    undefined,
    { timeout: 5000 },
  );
  assert.ok(Math.abs((await density()) - 2) < 0.01, `at 2x: ${await density()}`);
  await cdp.send('Emulation.clearDeviceMetricsOverride');
  await cdp.detach();
  assert.deepEqual(errors, []);
});
