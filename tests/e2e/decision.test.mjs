// The decision over the years on the page: the switch, docs/model.md's golden cases through a
// link, compute()'s yearly series, the keyboard, screen-reader names, hostile values of the
// decision's keys, and screenshots at 1280 and 360 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, saveScreenshot, siteAndBrowser, computeInPage } from './support.mjs';
import { DEFAULTS, T0, scenarioOf, yearsQuery } from './formulas.mjs';

const site = siteAndBrowser();

/** The data-value of each test id on the page, `null` where it shows none. */
async function shownValues(page, ids) {
  return page.evaluate(
    (wanted) =>
      Object.fromEntries(
        wanted.map((id) => {
          const value = document.querySelector(`[data-testid="${id}"]`)?.dataset.value;
          return [id, value === undefined ? null : Number(value)];
        }),
      ),
    ids,
  );
}

function assertClose(actual, expected, label, relative = 1e-6) {
  assert.ok(
    Math.abs(actual - expected) <= relative * Math.abs(expected),
    `${label}: ${actual} vs ${expected}`,
  );
}

test("a link to T0's lease shows docs/model.md's D3 and hand-computed keep mining", async () => {
  const { page, errors } = await openPage(site.browser, `${site.url}${yearsQuery(T0)}`);
  await page.getByTestId('npv-gain').waitFor();
  const shown = await shownValues(page, [
    'capex-ai-per-mw', 'npv-ai', 'irr-ai', 'payback-ai', 'npv-mining', 'npv-gain', 'npv-site-gain',
    'eam-mining',
  ]);
  // D3: -$10M, then $1.5M a year for ten years.
  assert.equal(shown['capex-ai-per-mw'], 10_000_000);
  assertClose(shown['npv-ai'], -783149.34, 'npv-ai');
  assertClose(shown['irr-ai'], 8.1441656, 'irr-ai');
  assertClose(shown['payback-ai'], 6.6666667, 'payback-ai');
  // Keep mining: $383,250 a year for four years at 10%, then idled (after the halving it
  // earns $46.875/MWh against $50 power): 383,250 x 3.1698654 = $1,214,851.0; spread over
  // ten years, x 0.1 / (1 - 1.1^-10) = 0.16274539: $197,711.
  assertClose(shown['npv-mining'], 1214851.0, 'npv-mining', 1e-7);
  assertClose(shown['eam-mining'], 197711.3, 'eam-mining', 1e-6);
  assertClose(shown['npv-gain'], -783149.34 - 1214851.0, 'npv-gain', 1e-7);
  assertClose(shown['npv-site-gain'], 100 * (-783149.34 - 1214851.0), 'npv-site-gain', 1e-7);
  const sentence = await page.getByTestId('decision-sentence').textContent();
  assert.match(sentence, /^Over 10 years \(mining discounted at 10%, converting at 10%\), keeping the miners is worth \$2\.00M more per MW than converting to an HPC lease \(\$200M for the 100-MW site\)/);
  // The yearly table: ten years, the hashprice $45.00 in year 1 (docs/model.md's T0).
  const rows = page.getByTestId('year-table').locator('tbody tr');
  assert.equal(await rows.count(), 10);
  assert.equal((await rows.nth(0).locator('td').nth(0).textContent()).trim(), '$45.00');
  assert.match(await page.getByTestId('cash-chart').getAttribute('aria-label'), /pays back its capital in year 6\.7/);
  assert.match(await page.getByTestId('left-out').textContent(), /taxes, financing/);
  assert.deepEqual(errors, []);
});

test("a GPU cloud over four years shows docs/model.md's D6", async () => {
  const d6 = {
    ...T0, ai: 'gpu', gpukw: 2, apue: 1.25, gpu: 2.5, util: 90, gpuopex: 10, power: 40,
    gpucost: 50000, capex: 0, gpulife: 4, resid: 10, build: 0, gpudecl: 20, years: 4,
  };
  const { page, errors } = await openPage(site.browser, `${site.url}${yearsQuery(d6)}`);
  await page.getByTestId('npv-gain').waitFor();
  const shown = await shownValues(page, ['capex-ai-per-mw', 'gpu-fleet-per-mw', 'npv-ai', 'irr-ai', 'payback-ai']);
  // No hall; the fleet of 400 GPUs at $50,000, bought at once.
  assert.equal(shown['capex-ai-per-mw'], 0);
  assert.equal(shown['gpu-fleet-per-mw'], 20_000_000);
  assertClose(shown['npv-ai'], -2709632.13, 'npv-ai');
  assertClose(shown['irr-ai'], 3.2156191, 'irr-ai');
  assertClose(shown['payback-ai'], 3.7076011, 'payback-ai');
  const computed = await computeInPage(page, d6);
  assert.deepEqual(
    computed.years.map((year) => Math.round(year['ai-cash'] * 100) / 100),
    [6745200, 5326080, 4190784, 5282547.2],
  );
  assert.equal(computed.years[0].year, 1);
  assert.equal(Object.keys(computed.years[0]).length, 16);
  assert.equal(computed.years[3]['gpus-resold'], 2_000_000);
  // Cash so far: -20,000,000 plus the four years.
  assertClose(computed.years[3]['ai-cash-so-far'], -20000000 + 6745200 + 5326080 + 4190784 + 5282547.2, 'so far', 1e-12);
  assert.deepEqual(errors, []);
});

test('compute() and the page agree on every decision figure; absent ones are null', async () => {
  const { page, errors } = await openPage(site.browser, `${site.url}?view=years&capex=30&lease=60`);
  await page.getByTestId('npv-gain').waitFor();
  const shown = await page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('.cards dd[data-testid]')].map((element) => [
        element.dataset.testid,
        element.dataset.value === undefined ? null : Number(element.dataset.value),
      ]),
    ),
  );
  const computed = await computeInPage(page, { capex: 30, lease: 60 });
  assert.ok(Object.keys(shown).length >= 13);
  for (const [id, value] of Object.entries(shown)) assert.equal(computed[id], value, id);
  // A $30M hall on a $60 lease never pays back within 15 years.
  assert.equal(computed['payback-ai'], null);
  assert.match(await page.getByTestId('payback-ai').textContent(), /not within 15 years/);
  assert.deepEqual(errors, []);
});

test('the switch works from the keyboard, keeps the view in the address, and names itself', async () => {
  const { page, errors } = await openPage(site.browser, site.url);
  await page.getByTestId('ai-margin-per-mwh').waitFor();
  const years = page.getByTestId('view-years');
  assert.equal(await years.textContent(), 'Over 15 years');
  assert.equal(await years.getAttribute('aria-pressed'), 'false');
  await years.focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('npv-gain').waitFor();
  assert.equal(await years.getAttribute('aria-pressed'), 'true');
  await page.waitForURL(/view=years/);
  await page.reload();
  await page.getByTestId('npv-gain').waitFor();
  await page.getByTestId('view-today').focus();
  await page.keyboard.press('Space');
  await page.getByTestId('ai-margin-per-mwh').waitFor();
  await page.waitForURL((url) => !url.search.includes('view='));
  const group = page.locator('.view-switch');
  assert.equal(await group.getAttribute('role'), 'group');
  assert.equal(await group.getAttribute('aria-label'), 'View');
  assert.deepEqual(errors, []);
});

test('the paths side by side: one click puts the scenario on one, the address keeps it, compute() agrees', async () => {
  // T0 without its growth rates, on the bull path.
  const { btcg, hashg, ...rest } = T0;
  const config = { ...rest, path: 'bull' };
  const { page, errors } = await openPage(site.browser, `${site.url}${yearsQuery(config)}`);
  await page.getByTestId('paths').waitFor();
  const gains = await shownValues(page, ['path-gain-bear', 'path-gain-base', 'path-gain-bull', 'npv-gain']);
  const pressed = async (path) => page.getByTestId(`path-${path}`).getAttribute('aria-pressed');
  assert.equal(await pressed('bull'), 'true');
  assert.equal(await pressed('bear'), 'false');
  // The scenario is on the bull path, so the cards show its column's difference.
  assert.equal(gains['npv-gain'], gains['path-gain-bull']);
  // T0's mining pays every year (no renewal, no other costs): a rising hashprice (bull)
  // leaves converting less to gain, a falling one (bear) more.
  assert.ok(gains['path-gain-bear'] > gains['path-gain-base'], JSON.stringify(gains));
  assert.ok(gains['path-gain-base'] > gains['path-gain-bull'], JSON.stringify(gains));
  // The base path is T0 itself: D3's -$783,149.34 less keep mining's $1,214,851.0.
  assertClose(gains['path-gain-base'], -1998000, 'base path');
  const computed = await computeInPage(page, config);
  assert.deepEqual(computed.paths, {
    bear: gains['path-gain-bear'],
    base: gains['path-gain-base'],
    bull: gains['path-gain-bull'],
  });
  assert.equal(computed['npv-gain'], gains['npv-gain']);
  await page.getByTestId('path-bear').click();
  await page.waitForURL(/path=bear/);
  assert.equal(await pressed('bear'), 'true');
  assert.equal(await pressed('bull'), 'false');
  assert.equal((await shownValues(page, ['npv-gain']))['npv-gain'], gains['path-gain-bear']);
  // Moving a rate takes the scenario off every path: the rates are written as numbers.
  await page.goto(`${site.url}${yearsQuery({ ...config, hashg: 45 })}`);
  await page.getByTestId('paths').waitFor();
  for (const path of ['bear', 'base', 'bull']) assert.equal(await pressed(path), 'false', path);
  // The address drops the path it was opened with and writes the rates as they are.
  await page.waitForURL((url) => !url.search.includes('path=') && url.search.includes('btcg=29'));
  assert.match(page.url(), /hashg=45/);
  assert.deepEqual(errors, []);
});

test('every input and choice survives the address: generated scenarios, opened, rewritten and opened again, show the figures compute() gives', async () => {
  const figures = (page) => page.evaluate(() => Object.fromEntries(
    [...document.querySelectorAll('[data-value]')].map((element) => [element.dataset.testid, element.dataset.value]),
  ));
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    const config = scenarioOf(seed);
    const { page, errors } = await openPage(site.browser, `${site.url}${yearsQuery(config)}`);
    await page.getByTestId('npv-gain').waitFor();
    // The page writes its address anew, in its own order: every key it read.
    await page.waitForURL((url) => !url.search.startsWith('?view=years&'));
    const rewritten = page.url();
    const first = await figures(page);
    const computed = await computeInPage(page, config);
    for (const id of ['npv-mining', 'npv-ai', 'npv-gain', 'eam-gain']) {
      assert.equal(Number(first[id]), computed[id], `seed ${seed}: ${id}`);
    }
    assert.ok(Object.keys(first).length >= 8, `seed ${seed}: the figures are there`);
    await page.goto(rewritten);
    await page.getByTestId('npv-gain').waitFor();
    assert.deepEqual(await figures(page), first, `seed ${seed}: ${rewritten}`);
    assert.deepEqual(errors, []);
    await page.close();
  }
});

test("hostile values of the decision's keys leave finite figures", async () => {
  const { page, errors } = await openPage(site.browser, 'about:blank');
  // Every key of a scenario (DEFAULTS has them all: the declarations test keeps it so) but
  // the AI mode, set apart, and the path.
  const keys = [...Object.keys(DEFAULTS).filter((key) => key !== 'ai'), 'path'];
  for (const value of ['NaN', '-1e309', '1e308', '-5', 'abc', '0']) {
    for (const ai of ['lease', 'gpu']) {
      const params = keys.map((key) => `${key}=${encodeURIComponent(value)}`).join('&');
      await page.goto(`${site.url}?view=years&ai=${ai}&${params}`);
      await page.getByTestId('npv-gain').waitFor();
      const values = await page.evaluate(() =>
        [...document.querySelectorAll('[data-value]')].map((element) => element.dataset.value),
      );
      // The NPVs, equivalent margins and capital always have a number; IRR, payback and
      // the break-evens may have none.
      assert.ok(values.length >= 8, `${value} ${ai}: the figures are there`);
      for (const shown of values) assert.ok(Number.isFinite(Number(shown)), `${value} ${ai}: ${shown}`);
      const text = await page.evaluate(() => document.body.innerText);
      assert.doesNotMatch(text, /NaN|Infinity|undefined/, `${value} ${ai}`);
    }
  }
  assert.deepEqual(errors, []);
});

test('screenshots of the decision view at 1280 and 360 px, light and dark', async () => {
  for (const [width, colorScheme] of [[1280, 'light'], [360, 'light'], [1280, 'dark'], [360, 'dark']]) {
    const { page, errors } = await openPage(
      site.browser,
      `${site.url}?view=years&deal=hut8-fluidstack&miner=s21-xp&asic=8`,
      { width, height: 900 },
      { colorScheme },
    );
    await page.getByTestId('npv-gain').waitFor();
    // The chart is drawn once its canvas has a backing store.
    await page.waitForFunction(() => document.querySelector('[data-testid="cash-chart"]').width > 0);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.equal(overflow, 0, `${width} ${colorScheme}: no horizontal scroll`);
    await saveScreenshot(page, `decision-${width}-${colorScheme}.png`);
    assert.deepEqual(errors, []);
    await page.close();
  }
});

test('NPV, IRR, payback and the equivalent margin are defined where they appear, by keyboard too', async () => {
  const { page, errors } = await openPage(site.browser, `${site.url}?view=years`);
  const define = page.getByTestId('npv-ai-define');
  await define.waitFor();
  const summary = define.locator('summary');
  assert.equal(await summary.getAttribute('aria-label'), '? What \u201cValue today (NPV)\u201d means');
  assert.equal(await define.evaluate((element) => element.open), false, 'folded at first');
  await summary.focus();
  await page.keyboard.press('Enter');
  await define.getByText('What a stream of yearly cash is worth today', { exact: false }).waitFor();
  for (const testid of ['irr-ai', 'payback-ai', 'eam-mining', 'irr-gain']) {
    assert.equal(await page.getByTestId(`${testid}-define`).count(), 1, testid);
  }
  assert.deepEqual(errors, []);
});
