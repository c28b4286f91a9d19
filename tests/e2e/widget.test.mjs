// The calculator as a reader uses it: sliders, number boxes, presets, the chart, and links.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertPageShows, outputs } from './formulas.mjs';
import { openPage, saveScreenshot, siteAndBrowser } from './support.mjs';

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
  const initial = await chartImage(page);

  const slider = page.getByTestId('slider-btc');
  const box = await slider.boundingBox();
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.3, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.75, y, { steps: 12 });
  await page.mouse.up();
  const btc = Number(await page.getByTestId('number-btc').inputValue());
  assert.ok(btc > 150000 && btc < 250000, `dragged to ${btc}`);
  await assertPageShows(page, outputs({ btc }), assert);
  const dragged = await changedChart(page, initial);

  await page.getByTestId('number-power').fill('25');
  await assertPageShows(page, outputs({ btc, power: 25 }), assert);
  await changedChart(page, dragged);
  assert.deepEqual(errors, []);
});

test('a URL with parameters loads that scenario', async () => {
  const scenario = {
    mw: 250, power: 55, btc: 110000, hashrate: 1000, subsidy: 1.5625, fees: 0.05, pool: 1,
    eff: 15, mpue: 1.1, uptime: 99, ai: 'gpu', gpu: 3, gpukw: 1.9, util: 90, apue: 1.1,
  };
  const query = new URLSearchParams(Object.entries(scenario)).toString();
  const { page, errors } = await openPage(site.browser, `${site.url}?${query}`);
  await page.getByTestId('ai-margin-per-mwh').waitFor();
  await assertPageShows(page, outputs(scenario), assert);
  assert.equal(await page.getByTestId('number-btc').inputValue(), '110000');
  assert.deepEqual(errors, []);
});

test('hostile URL values are clamped or ignored and the page still renders', async () => {
  const query = [
    'btc=NaN', 'power=1e309', 'mw=-5', 'eff=abc', 'pool=Infinity', 'uptime=1e308',
    'ai=gpu', 'ai=lease', `gpu=${'9'.repeat(10000)}`, 'foo=bar', 'preset=nope', 'util=%00',
  ].join('&');
  const { page, errors } = await openPage(site.browser, `${site.url}?${query}`);
  await page.getByTestId('ai-margin-per-mwh').waitFor();
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
  await page.getByTestId('number-power').fill('33');
  await page.waitForURL((url) => url.search === '?mw=50&power=33');
  assert.equal(await page.evaluate(() => history.length), historyLength);
  assert.deepEqual(errors, []);
});

test('a copied link opens the same scenario', async () => {
  const options = { permissions: ['clipboard-read', 'clipboard-write'] };
  const { page, errors } = await openPage(site.browser, site.url, undefined, options);
  await page.getByTestId('preset').selectOption('iren-microsoft');
  await page.getByTestId('number-btc').fill('88000');
  await page.getByTestId('copy-link').click();
  await page.getByTestId('copy-link-status').getByText('Link copied.').waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/\?preset=iren-microsoft&btc=88000$/);

  const copy = await openPage(site.browser, link);
  await copy.page.getByTestId('ai-margin-per-mwh').waitFor();
  for (const testid of ['mining-margin-per-mwh', 'ai-margin-per-mwh', 'ai-margin-site-year', 'breakeven-btc']) {
    assert.equal(
      await copy.page.getByTestId(testid).getAttribute('data-value'),
      await page.getByTestId(testid).getAttribute('data-value'),
      testid,
    );
  }
  assert.match(await copy.page.getByTestId('preset').inputValue(), /iren-microsoft/);
  assert.deepEqual([...errors, ...copy.errors], []);
});

test('typed junk keeps the last good value and says so; out of range is clamped', async () => {
  const { page, errors } = await openPage(site.browser, site.url);
  const power = page.getByTestId('number-power');
  await power.fill('abc');
  await page.getByText('Not a number: keeping 40 $/MWh.').waitFor();
  await assertPageShows(page, outputs(), assert);
  await power.fill('-20');
  await page.getByText('Out of range: using the minimum, 0 $/MWh.').waitFor();
  await assertPageShows(page, outputs({ power: 0 }), assert);
  await power.press('Tab');
  assert.equal(await power.inputValue(), '0');
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
  const shown = Number(description.match(/The lines cross at \$([\d.]+)/)[1]);
  assert.ok(Math.abs(shown - crossing) < 0.006, `crossing ${shown}, formulas ${crossing}`);
  const rows = page.getByTestId('chart-table').locator('tbody tr');
  assert.equal(await rows.count(), 25);
  assert.equal(await rows.first().locator('th').textContent(), '$0.00');
  assert.deepEqual(errors, []);
});

test('dark mode screenshot for review', async () => {
  const { page, errors } = await openPage(site.browser, `${site.url}?preset=gb200-nvl72`, undefined, {
    colorScheme: 'dark',
  });
  await chartImage(page);
  await saveScreenshot(page, 'page-1280-dark.png');
  assert.deepEqual(errors, []);
});
