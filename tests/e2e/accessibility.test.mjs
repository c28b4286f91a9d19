// Accessible to all: axe-core finds nothing in light and dark, standalone and embedded;
// every control works from the keyboard with a visible focus; the chart's text
// alternative follows the scenario.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { ROOT, enter, numberIn, openPage, siteAndBrowser, unfoldMore } from './support.mjs';

const AXE = resolve(ROOT, 'node_modules/axe-core/axe.min.js');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

const site = siteAndBrowser();

test('axe-core finds no WCAG violation, light and dark, standalone and embedded', async () => {
  for (const path of ['', '?embed=1', '?embed=1&ai=gpu&passthru=0', '?view=years', '?embed=1&view=years&ai=gpu', 'embed/', 'embed/?view=years&ai=gpu']) {
    for (const colorScheme of ['light', 'dark']) {
      // The policy forbids inline scripts, axe's included: let the test inject it.
      const context = await site.browser.newContext({ bypassCSP: true, colorScheme });
      const page = await context.newPage();
      await page.goto(`${site.url}${path}`);
      const years = path.includes('view=years');
      await page.getByTestId(years ? 'npv-gain' : 'ai-margin-per-mwh').waitFor({ state: 'attached' });
      // Unfold everything a reader can unfold.
      await unfoldMore(page);
      await page.getByTestId('advanced').locator('summary').click();
      if (years) await page.getByTestId('decision-inputs').locator('summary').click();
      // Every chart's data table: today's or the cash chart, the map and, on the full
      // site, the tornado.
      for (const summary of await page.locator('.data-table summary').all()) await summary.click();
      if (!path) await page.getByTestId('embed').click();
      // A refused entry, with its message.
      await enter(page.getByTestId('number-power'), 'abc');
      await page.getByTestId('message-power').getByText('Not a number').waitFor();
      await page.addScriptTag({ path: AXE });
      const result = await page.evaluate(
        (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }),
        WCAG_TAGS,
      );
      const found = result.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
      assert.deepEqual(found, [], `${path || 'standalone'} ${colorScheme}`);
      assert.ok(result.passes.length > 20, 'axe ran its rules');
      await context.close();
    }
  }
});

test('the edges of controls stand out 3:1 from the page, light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, errors } = await openPage(site.browser, site.url, undefined, { colorScheme });
    await page.getByTestId('ai-margin-per-mwh').waitFor({ state: 'attached' });
    await page.getByTestId('advanced').locator('summary').click();
    await page.getByTestId('embed').click();
    const weakest = await page.evaluate(() => {
      const rgb = (text) => text.match(/[\d.]+/g).slice(0, 3).map(Number);
      const luminance = ([red, green, blue]) => {
        const linear = (value) => {
          const channel = value / 255;
          return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
      };
      const contrast = (first, second) => {
        const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
        return (light + 0.05) / (dark + 0.05);
      };
      const page = rgb(getComputedStyle(document.querySelector('.calculator')).backgroundColor);
      return [...document.querySelectorAll('input.number, select, button, textarea')]
        .map((element) => ({
          control: element.dataset.testid ?? element.tagName,
          ratio: contrast(rgb(getComputedStyle(element).borderTopColor), page),
        }))
        .sort((a, b) => a.ratio - b.ratio)[0];
    });
    assert.ok(weakest.ratio >= 3, `${colorScheme}: ${weakest.control} ${weakest.ratio.toFixed(2)}:1`);
    assert.deepEqual(errors, []);
  }
});

test('every control is reached and used with the keyboard alone, with a visible focus', async () => {
  const { page, errors } = await openPage(site.browser, site.url);
  await page.getByTestId('ai-margin-per-mwh').waitFor({ state: 'attached' });
  const focused = async () =>
    page.evaluate(() => {
      const element = document.activeElement;
      const style = getComputedStyle(element);
      // A summary by the section it unfolds: "summary:advanced".
      const id = element.tagName === 'SUMMARY'
        ? `summary:${element.parentElement.dataset.testid ?? ''}`
        : element.dataset.testid ?? element.tagName.toLowerCase();
      return {
        id,
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      };
    });
  // Tab through the whole page once, opening Advanced on the way.
  const reached = new Set();
  for (let step = 0; step < 120; step += 1) {
    await page.keyboard.press('Tab');
    const { id, outline } = await focused();
    if (id === 'body') break;
    assert.ok(outline, `${id} shows where the focus is`);
    reached.add(id);
    if (id === 'summary:advanced' && !reached.has('opened')) {
      await page.keyboard.press('Enter');
      reached.add('opened');
    }
  }
  for (const id of [
    'preset-data', 'preset-miner', 'preset-deal', 'number-mw', 'slider-mw', 'number-power', 'slider-power', 'number-btc',
    'slider-btc', 'number-hashrate', 'slider-uptime', 'ai-mode-lease', 'passthru',
    'number-apue', 'reset', 'copy-link', 'embed', 'axis-btc', 'axis-power', 'map-y', 'summary:glossary',
  ]) {
    assert.ok(reached.has(id), `Tab reaches ${id}`);
  }

  // The BTC slider, as a WAI-ARIA slider: arrows, Page Up/Down, Home and End.
  const slider = page.getByTestId('slider-btc');
  await slider.focus();
  const value = async () => Number(await slider.inputValue());
  const before = await value();
  await page.keyboard.press('ArrowRight');
  assert.equal(await value(), before + 100);
  await page.keyboard.press('ArrowLeft');
  assert.equal(await value(), before);
  await page.keyboard.press('PageUp');
  assert.ok((await value()) > before + 100, 'Page Up takes a bigger step');
  await page.keyboard.press('Home');
  assert.equal(await value(), 10000);
  assert.equal(await slider.getAttribute('aria-valuetext'), '$10,000');
  await page.keyboard.press('End');
  assert.equal(await value(), 250000);
  assert.equal(await numberIn(page.getByTestId('number-btc')), 250000);
  assert.equal(
    Number(await page.getByTestId('mining-revenue-per-mwh').getAttribute('data-value')) > 200,
    true,
    'the keyboard moved the numbers',
  );

  // Radio buttons and the switch, from the keyboard.
  await page.getByTestId('ai-mode-lease').focus();
  await page.keyboard.press('ArrowDown');
  assert.ok(await page.getByTestId('ai-mode-gpu').isChecked());
  await page.getByTestId('axis-power').focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.getByTestId('axis-power').getAttribute('aria-pressed'), 'true');
  assert.deepEqual(errors, []);
});

test("the chart's text alternative and data table follow the scenario", async () => {
  // The article's figures, whatever the data snapshot says.
  const { page, errors } = await openPage(site.browser, `${site.url}?preset=article-2026-03`);
  const chart = page.getByTestId('chart');
  await chart.waitFor();
  // Margins per MW a year, by hand (docs/calculator.md, "Formulas, in words"): mining $226,014, AI $1,500,000.
  assert.match(await chart.getAttribute('aria-label'), /Now, at \$65,000: mining \$226k, AI \$1\.50M\./);
  const firstRow = page.getByTestId('chart-table').locator('tbody tr').first();
  const before = await firstRow.textContent();
  await enter(page.getByTestId('number-btc'), '100000');
  await page.waitForFunction(() =>
    document.querySelector('[data-testid=chart]').getAttribute('aria-label').includes('Now, at $100,000'),
  );
  assert.equal(await firstRow.textContent(), before, 'the first row is at the lowest BTC price');
  await enter(page.getByTestId('number-power'), '30');
  await page.waitForFunction(
    (old) => document.querySelector('[data-testid=chart-table] tbody tr').textContent !== old,
    before,
  );
  assert.match(await chart.getAttribute('aria-label'), /Now, at \$100,000: mining \$/);
  assert.deepEqual(errors, []);
});
