// The scenario's data as CSV and its citation, made in the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { SNAPSHOT, dateText } from './formulas.mjs';
import { enter, openPage, siteAndBrowser } from './support.mjs';

const site = siteAndBrowser();

test('the CSV holds the scenario, the figures on the page and the projection, with its source', async () => {
  const { page, errors } = await openPage(site.browser, `${site.url}?mw=50&btc=90000`);
  await enter(page.getByTestId('number-power'), '35');
  await page.waitForURL((url) => url.searchParams.get('power') === '35');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-csv').click(),
  ]);
  assert.equal(download.suggestedFilename(), `mining-vs-ai_hpc-lease_btc-90000_power-35_${SNAPSHOT.as_of}.csv`);
  assert.match(download.url(), /^blob:/, 'made in the page');
  const rows = (await readFile(await download.path(), 'utf8')).split('\r\n');
  // The source, the dates and the pinned address of this scenario.
  assert.match(rows[0], new RegExp(`Made on \\d{4}-\\d{2}-\\d{2} from the network data of ${SNAPSHOT.as_of}\\. http://127\\.0\\.0\\.1:\\d+/\\?asof=${SNAPSHOT.as_of}&`));
  assert.match(rows[0], /&mw=50&power=35&btc=90000&/);
  assert.ok(rows.includes('power,Power price,35,$/MWh'));
  // Each figure is the one the page shows, in full.
  for (const testid of ['ai-margin-per-mwh', 'mining-margin-per-mwh', 'breakeven-btc']) {
    const shown = await page.getByTestId(testid).getAttribute('data-value');
    const row = rows.find((line) => line.startsWith(`${testid},`));
    assert.equal(row?.split(',').at(-1), shown, testid);
  }
  // The yearly projection: a header and one row a year, 15 by default.
  const projection = rows.findIndex((line) => line.startsWith('"Yearly projection'));
  assert.equal(rows[projection + 1].split(',')[0], 'Year');
  assert.equal(rows.slice(projection + 2).filter((line) => line !== '').length, 15);
  assert.deepEqual(errors, []);
});

test('"Cite this" gives a citation a newspaper prints, ready to copy, and the link apart', async () => {
  const options = { permissions: ['clipboard-read', 'clipboard-write'] };
  const { page, errors } = await openPage(site.browser, `${site.url}?btc=90000`, undefined, options);
  await page.getByTestId('cite').locator('summary').click();
  const citation = await page.getByTestId('citation').textContent();
  // The site, the title, the data's date and the day it was read, in words; no address.
  const accessed = dateText(await page.evaluate(() => {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  }));
  assert.equal(
    citation,
    `Mining vs AI calculator, "What is a megawatt worth?", network data of ${dateText(SNAPSHOT.as_of)}, accessed ${accessed}.`,
  );
  const link = page.getByTestId('citation-link');
  assert.match(await link.getAttribute('href'), new RegExp(`^http://127\\.0\\.0\\.1:\\d+/\\?asof=${SNAPSHOT.as_of}&.*btc=90000`));
  assert.equal(await link.textContent(), await link.getAttribute('href'));
  await page.getByTestId('copy-citation').click();
  await page.getByTestId('copy-citation-status').getByText('Citation copied.').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), citation);
  assert.deepEqual(errors, []);
});
