// Where the answer flips on the page: the decision map with its axis picker, the tornado
// with its table of plausible ranges, their words against the model and against figures
// computed by hand from docs/model.md's T0, and what the widget shows of them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { enter, openPage, siteAndBrowser, unfoldMore, computeInPage } from './support.mjs';
import { T0, yearsQuery } from './formulas.mjs';

const site = siteAndBrowser();

/** "$152,000": dollars to three significant figures, grouped, as the page writes estimates. */
function aboutUsd(value) {
  const digits = Math.floor(Math.log10(Math.abs(value)));
  const unit = 10 ** (digits - 2);
  return `$${(Math.round(value / unit) * unit).toLocaleString('en-US')}`;
}

function assertClose(actual, expected, label, relative = 1e-9) {
  assert.ok(Math.abs(actual - expected) <= relative * Math.abs(expected), `${label}: ${actual} vs ${expected}`);
}

/** The cells of a table's rows, header cells included, as text. */
async function tableRows(table) {
  return table.evaluate((element) =>
    [...element.querySelectorAll('tr')].map((row) => [...row.cells].map((cell) => cell.textContent)),
  );
}

test("T0's tornado and map: the model's figures by hand, and the page's words and tables agree with compute()", async () => {
  const { page, errors } = await openPage(site.browser, `${site.url}${yearsQuery(T0)}`);
  const mapWords = page.getByTestId('map-description');
  await mapWords.waitFor();
  const computed = await computeInPage(page, T0);

  // The lease bar by hand: convert's NPV is -10,000,000 + 12,000 x L x 6.1445671 (ten years
  // at 10%); keep mining's $383,250 a year for the four years before the halving, then
  // idled: 383,250 x 3.1698654. The gap is zero at L = $152.097.
  const keep = 383250 * 3.16986544634928;
  const gap = (lease) => -10_000_000 + 12_000 * lease * 6.14456710570469 - keep;
  const lease = computed.tornado.years.find((bar) => bar.input === 'lease');
  // Swung 40% either side of T0's $125.
  assertClose(lease.low, 75, 'low end', 1e-12);
  assertClose(lease.high, 175, 'high end', 1e-12);
  assertClose(lease['gap-at-low'], gap(75), 'gap at $75');
  assertClose(lease['gap-at-high'], gap(175), 'gap at $175');
  assertClose(lease.flip, (10_000_000 + keep) / (12_000 * 6.14456710570469), 'flip');

  // The page's table lists compute()'s bars in compute()'s order, widest swing first.
  const swings = computed.tornado.years.map((bar) => Math.abs(bar['gap-at-high'] - bar['gap-at-low']));
  assert.deepEqual(swings, [...swings].sort((a, b) => b - a));
  const rows = (await tableRows(page.getByTestId('tornado-table'))).slice(1);
  assert.deepEqual(rows.map((row) => row[0]), computed.tornado.years.map((bar) => bar.label));
  const leaseRow = rows.find((row) => row[0] === lease.label);
  assert.equal(leaseRow[4], 'converting wins above $152/kW-month');
  assert.match(await page.getByTestId('tornado-description').textContent(), /What moves the gap most: /);

  // The map's words name the model's break-even; its table is the grid compute() gives.
  // (At T0's $125 the hall never pays for itself, so keeping the miners wins at any BTC
  // price; at $150 converting wins below a break-even under T0's $100,000.)
  await page.goto(`${site.url}${yearsQuery({ ...T0, lease: 150 })}`);
  await mapWords.getByText('$150/kW-month').waitFor();
  const at150 = await computeInPage(page, { ...T0, lease: 150 });
  const breakeven = at150['breakeven-btc-npv'];
  assert.ok(breakeven > 0 && breakeven < T0.btc, `a break-even below T0's price: ${breakeven}`);
  assert.match(await mapWords.textContent(), new RegExp(
    `At today's rent the AI tenant pays \\(\\$150/kW-month\\), keeping the miners wins above a BTC price of about \\$${aboutUsd(breakeven).slice(1)}\\.`,
  ));
  assert.equal(at150.map.input, 'lease');
  const grid = await tableRows(page.getByTestId('map-table'));
  assert.equal(grid.length, 1 + at150.map.y.length);
  assert.equal(grid[0].length, 1 + at150.map.btc.length);
  assert.equal(at150.map.gaps.length, at150.map.y.length);
  // Each row's break-even lies where its gaps change sign: converting wins below it.
  assert.ok(at150.map.breakevens.some((price) => price !== null), 'some row has a break-even');
  at150.map.gaps.forEach((row, index) => {
    const price = at150.map.breakevens[index];
    if (price === null) return;
    row.forEach((cell, column) => {
      const btc = at150.map.btc[column];
      if (Math.abs(btc - price) > 1) assert.equal(cell > 0, btc < price, `row ${index}, $${btc}`);
    });
  });
  assert.deepEqual(errors, []);
});

test('the map follows its picker, its view and the inputs, and the address keeps its axis', async () => {
  const { page, errors } = await openPage(site.browser, `${site.url}${yearsQuery(T0)}`);
  const picker = page.getByTestId('map-y');
  await picker.waitFor();
  assert.equal(await picker.inputValue(), 'lease');
  assert.deepEqual(
    await picker.locator('option').evaluateAll((options) => options.map((option) => option.value)),
    ['power', 'lease', 'capex', 'hashg', 'build', 'rate', 'airate'],
  );
  await picker.selectOption('capex');
  await page.waitForURL(/mapy=capex/);
  await page.getByTestId('map-title').getByText('Which wins, by BTC price and cost of the data hall').waitFor();
  assert.match(await page.getByTestId('map-description').textContent(), /At today's cost of the data hall \(\$10M per IT MW\)/);
  const computed = await computeInPage(page, { ...T0, mapy: 'capex' });
  assert.equal(computed.map.input, 'capex');
  const rows = (await tableRows(page.getByTestId('map-table'))).slice(1);
  assert.equal(rows.length, computed.map.y.length);

  // The inputs move the map, after the figures.
  await page.getByTestId('decision-inputs').locator('summary').click();
  await enter(page.getByTestId('number-capex'), '12');
  await page.getByTestId('map-description').getByText("At today's cost of the data hall ($12M per IT MW)").waitFor();

  // Today's view offers only what today's margins depend on; the choice is kept for later.
  await page.getByTestId('view-today').click();
  await page.getByTestId('ai-margin-per-mwh').waitFor({ state: 'attached' });
  await page.getByTestId('map-title').getByText('Which wins, by BTC price and rent the AI tenant pays').waitFor();
  assert.deepEqual(
    await picker.locator('option').evaluateAll((options) => options.map((option) => option.value)),
    ['power', 'lease'],
  );
  assert.match(page.url(), /mapy=capex/);
  await page.getByTestId('view-years').click();
  await page.getByTestId('map-title').getByText('Which wins, by BTC price and cost of the data hall').waitFor();
  assert.equal(await picker.inputValue(), 'capex');
  assert.deepEqual(errors, []);
});

test("the picker always shows the map's axis, through changes of the AI mode", async () => {
  const { page, errors } = await openPage(site.browser, `${site.url}${yearsQuery(T0)}`);
  const picker = page.getByTestId('map-y');
  await picker.waitFor();
  await picker.selectOption('capex');
  await page.waitForURL(/mapy=capex/);
  await picker.selectOption('hashg');
  await page.waitForURL(/mapy=hashg/);
  // A GPU cloud offers the hashrate's growth too; the lease again.
  await page.getByTestId('ai-mode-gpu').check();
  // The picker has GPU-cloud options once the map of the new mode is in.
  await picker.locator('option[value="util"]').waitFor({ state: 'attached' });
  await page.getByTestId('map-title').getByText('network hashrate growth').waitFor();
  assert.equal(await picker.inputValue(), 'hashg');
  await page.getByTestId('ai-mode-lease').check();
  await picker.locator('option[value="lease"]').waitFor({ state: 'attached' });
  await page.getByTestId('map-title').getByText('network hashrate growth').waitFor();
  assert.equal(await picker.inputValue(), 'hashg');
  // Today's view does not offer it: the picker shows the map's fallback, the rent.
  await page.getByTestId('view-today').click();
  await page.getByTestId('map-title').getByText('rent the AI tenant pays').waitFor();
  assert.equal(await picker.inputValue(), 'lease');
  await page.getByTestId('view-years').click();
  await page.getByTestId('map-title').getByText('network hashrate growth').waitFor();
  assert.equal(await picker.inputValue(), 'hashg');
  assert.deepEqual(errors, []);
});

test('the widget offers the map and the tornado once More loads them; the paths and the glossary stay on the full site', async () => {
  for (const path of ['embed/', 'embed/?view=years']) {
    const { page, errors } = await openPage(site.browser, `${site.url}${path}`, { width: 640, height: 900 });
    await page.getByTestId('more').waitFor();
    await unfoldMore(page);
    await page.getByTestId('map').waitFor();
    await page.getByTestId('map-description').getByText('Which path wins over the BTC price').waitFor();
    await page.getByTestId('tornado').waitFor();
    // The tornado is drawn, so the rest of the view is too: what is absent is left out.
    for (const testid of ['paths', 'glossary']) {
      assert.equal(await page.getByTestId(testid).count(), 0, `${path}: no ${testid}`);
    }
    assert.deepEqual(errors, []);
    await page.close();
  }
  const { page, errors } = await openPage(site.browser, `${site.url}?view=years`);
  for (const testid of ['map', 'tornado', 'paths']) await page.getByTestId(testid).waitFor();
  assert.deepEqual(errors, []);
});
