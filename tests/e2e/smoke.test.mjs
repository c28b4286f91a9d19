// Loads the built page from 127.0.0.1 and checks that the model's numbers are on it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SNAPSHOT, assertPageShows, dateText, outputs } from './formulas.mjs';
import { enter, openPage, saveScreenshot, siteAndBrowser } from './support.mjs';

const site = siteAndBrowser();

test('the built page shows the default scenario and the date of its data, with no console error', async () => {
  // The static shell names the snapshot's date before any script runs.
  const shell = await (await fetch(site.url)).text();
  assert.ok(shell.includes(`Network data as of ${dateText(SNAPSHOT.as_of)}:`), 'the shell names the data\'s date');
  const { page, errors } = await openPage(site.browser, site.url);
  await page.getByTestId('mining-margin-per-mwh').waitFor();
  await assertPageShows(page, outputs(), assert);
  assert.match(await page.getByTestId('as-of').textContent(), new RegExp(`^Network data as of ${dateText(SNAPSHOT.as_of)}:`));
  // The network data's picker says what is on screen: the latest data, until one of its
  // inputs moves; the site size is no side's until a deal is chosen.
  const chosen = page.getByTestId('preset-data').locator('option:checked');
  assert.equal(await chosen.textContent(), `Latest network data, ${dateText(SNAPSHOT.as_of)}`);
  await enter(page.getByTestId('number-mw'), '50');
  await enter(page.getByTestId('number-btc'), '70000');
  await page.waitForFunction(() => document.querySelector('[data-testid=preset-data] option:checked').textContent === 'Custom');
  for (const side of ['miner', 'deal']) {
    assert.equal(await page.getByTestId(`preset-${side}`).getAttribute('data-modified'), 'false', side);
  }
  assert.deepEqual(errors, []);
});

test("the article's preset shows the article's figures, whatever the snapshot", async () => {
  const { page, errors } = await openPage(site.browser, `${site.url}?preset=article-2026-03`);
  await page.getByTestId('mining-margin-per-mwh').waitFor();
  await assertPageShows(page, outputs({ btc: 65000, hashrate: 950, fees: 0.03 }), assert);
  // By hand (docs/calculator.md, "Formulas, in words"): $67.16 per MWh used, $1.27M a year more for AI, 6.6x, about $213,000.
  assert.equal(await page.getByTestId('mining-revenue-per-mwh').textContent(), '$67');
  const headline = await page.getByTestId('headline').textContent();
  // The answer that counts capital and time comes first; today's margin gap second.
  assert.match(headline, /^Over 15 years \(mining discounted at 15%, converting at 8%, BTC flat\), converting is worth \$[\d.]+M more per MW than keeping the miners; at 15% for both, the miners win\. Before capital costs, a megawatt leased to AI earns \$1\.27M a year more than mining/);
  assert.match(await page.getByTestId('margins-sentence').textContent(), /^Per MW a year, AI earns \$1\.50M and mining \$226k\. That is 6\.6x mining's margin\.$/);
  assert.match(await page.getByTestId('breakeven-sentence').textContent(), /^On today's margins, mining matches AI at about \$213,000 a bitcoin, against the \$65,000 assumed here \(Article, March 2026\)/);
  // The date line names the figures on screen: the article's, not the latest data.
  assert.match(await page.getByTestId('as-of').textContent(), /^Network figures of the preset "Article, March 2026", not the latest data/);
  // The article's claims, checked on their basis: $67.16 per MWh used, and a $150 lease is
  // 150 x 1,000 / 730 = $205 per MWh of IT load; both inside the article's ranges.
  const check = page.getByTestId('article-check');
  assert.match(await check.textContent(), /Mining, per MWh used\$57-\$129\$67inside it/);
  assert.match(await check.textContent(), /AI, per MWh of IT load\$200-\$500\$205inside it/);
  assert.deepEqual(errors, []);
});

test("a GPU cloud's revenue is not set against the article's lease range", async () => {
  const { page, errors } = await openPage(site.browser, `${site.url}?deal=b200`);
  const check = page.getByTestId('article-check');
  await check.waitFor();
  assert.match(await check.textContent(), /not comparable: a GPU cloud's revenue also pays for its GPUs/);
  // The sentinel: the mining row is still judged against its range.
  assert.match(await check.textContent(), /Mining, per MWh used\$57-\$129\$\d+(inside|below|above) it/);
  assert.deepEqual(errors, []);
});

test('the page fits a 360 px phone without horizontal scroll', async () => {
  const { page, errors } = await openPage(site.browser, site.url, { width: 360, height: 800 });
  await page.getByTestId('ai-margin-per-mwh').waitFor();
  await page.getByTestId('advanced').locator('summary').click();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  assert.equal(overflow, 0);
  await saveScreenshot(page, 'page-360.png');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByTestId('advanced').locator('summary').click();
  await saveScreenshot(page, 'page-1280.png');
  assert.deepEqual(errors, []);
});
