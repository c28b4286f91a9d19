// Loads the built page from 127.0.0.1 and checks that the model's numbers are on it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launch, openPage, serve } from './support.mjs';

let server;
let chromium;

before(async () => {
  server = await serve();
  chromium = await launch();
});

after(async () => {
  await chromium?.close();
  await server?.close();
});

// The default scenario computed here from the README's formulas, independently of the Rust
// model: BTC $65,000, 950 EH/s, 3.125 + 0.03 BTC a block, 2% pool fee, 18 J/TH, PUE 1.05,
// 95% uptime, $40/MWh, 100 MW; lease $150/kW-month, power passed through, AI PUE 1.2.
const hashprice = (144 * (3.125 + 0.03) * 65000) / 950000;
const miningRevenuePerMwh = (hashprice * 0.98) / (0.024 * 18 * 1.05);
const miningMarginPerMwh = miningRevenuePerMwh - 40;
const aiRevenuePerMwh = (150 * 1000) / 730 / 1.2;
const miningMarginSiteYear = miningMarginPerMwh * 8760 * 0.95 * 100;
const aiMarginSiteYear = aiRevenuePerMwh * 8760 * 100;
const expected = {
  hashprice,
  'mining-revenue-per-mwh': miningRevenuePerMwh,
  'mining-margin-per-mwh': miningMarginPerMwh,
  'ai-revenue-per-mwh': aiRevenuePerMwh,
  'ai-margin-per-mwh': aiRevenuePerMwh,
  'mining-margin-site-year': miningMarginSiteYear,
  'ai-margin-site-year': aiMarginSiteYear,
  'ai-to-mining-ratio': aiMarginSiteYear / miningMarginSiteYear,
  'breakeven-btc': ((aiRevenuePerMwh / 0.95 + 40) * 65000) / miningRevenuePerMwh,
};

test('the built page shows the default scenario with no console error', async () => {
  const { page, errors } = await openPage(chromium, server.url);
  await page.getByTestId('mining-margin-per-mwh').waitFor();
  for (const [testid, value] of Object.entries(expected)) {
    const figure = page.getByTestId(testid);
    const raw = Number(await figure.getAttribute('data-value'));
    assert.ok(
      Math.abs(raw - value) <= 1e-9 * Math.abs(value),
      `${testid}: page ${raw}, formulas ${value}`,
    );
    const shown = await figure.textContent();
    assert.match(shown, /\$|x$/, `${testid} shows a unit: ${shown}`);
    assert.doesNotMatch(shown, /NaN|inf/i, `${testid}: ${shown}`);
  }
  assert.equal(await page.getByTestId('mining-revenue-per-mwh').textContent(), '$67.16');
  assert.deepEqual(errors, []);
});

test('the page fits a 360 px phone without horizontal scroll', async () => {
  const { page, errors } = await openPage(chromium, server.url, { width: 360, height: 800 });
  await page.getByTestId('ai-margin-per-mwh').waitFor();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  assert.equal(overflow, 0);
  const shots = resolve(import.meta.dirname, '../../test-results');
  await mkdir(shots, { recursive: true });
  await page.screenshot({ path: resolve(shots, 'page-360.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: resolve(shots, 'page-1280.png'), fullPage: true });
  assert.deepEqual(errors, []);
});
