// Nothing overflows its box, and no page scrolls sideways, from 320 to 1,920 px wide, in
// either view, with every fold open: each element's content fits its width, unless it sits
// in a box that scrolls (a wide table's), and a word is never cut to fit. Tab follows the
// order a reader sees, and a phone's first screen has the answer and its chart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, siteAndBrowser, takenOver } from './support.mjs';

const site = siteAndBrowser();
const WIDTHS = [320, 360, 768, 1280, 1920];

/** What overflows on `page`: each element whose content is wider than its box, outside a
 * box that scrolls, and the page itself if it scrolls sideways. */
function overflowing(page) {
  return page.evaluate(() => {
    const found = [];
    for (const element of document.querySelectorAll('main *')) {
      if (element.closest('textarea, canvas, svg, select')) continue;
      if (element.getClientRects().length === 0) continue;
      let scroller = element;
      while (scroller && !['auto', 'scroll'].includes(getComputedStyle(scroller).overflowX)) {
        scroller = scroller.parentElement;
      }
      if (scroller) continue;
      if (element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0 && !(element instanceof HTMLInputElement)) {
        found.push(`${element.tagName.toLowerCase()}${element.dataset.testid ? `[${element.dataset.testid}]` : ''}: ${element.scrollWidth} > ${element.clientWidth} "${element.textContent.trim().slice(0, 40)}"`);
      }
    }
    if (document.documentElement.scrollWidth > innerWidth) found.push(`the page: ${document.documentElement.scrollWidth} > ${innerWidth}`);
    return found;
  });
}

for (const view of ['today', 'years']) {
  test(`the page's ${view} view fits every width from 320 to 1,920 px, every fold open`, async () => {
    const { page, errors } = await openPage(site.browser, `${site.url}?view=${view}`);
    await takenOver(page);
    await page.evaluate(() => document.querySelectorAll('main details').forEach((details) => { details.open = true; }));
    // The sentinel: the page has figures to measure.
    assert.ok(await page.locator('main .figure dd').count() > 10);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      assert.deepEqual(await overflowing(page), [], `${width} px`);
    }
    assert.deepEqual(errors, []);
  });
}

/** The boxes, in page coordinates, of what Tab reaches on `page` from its top, in order,
 * until the focus leaves the page (at most `limit` stops). */
async function tabStops(page, limit = 200) {
  const stops = [];
  for (let index = 0; index < limit; index += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return null;
      const box = element.getBoundingClientRect();
      const name = element.dataset.testid ?? `${element.tagName.toLowerCase()} "${element.textContent.trim().slice(0, 24)}"`;
      return { name, top: box.top + scrollY, left: box.left, right: box.right, width: box.width };
    });
    if (!stop) break;
    stops.push(stop);
  }
  return stops;
}

test('Tab follows what a reader sees, top to bottom and left to right, at every width', async () => {
  for (const view of ['today', 'years']) {
    for (const width of [360, 1280, 1920]) {
      const { page, errors } = await openPage(site.browser, `${site.url}?view=${view}`, { width, height: 900 });
      await takenOver(page);
      const stops = await tabStops(page);
      const names = stops.map((stop) => stop.name);
      // The sentinel: the walk reaches the results and the inputs.
      assert.ok(names.includes('view-years') && names.includes('slider-btc'), `${view} at ${width}: ${names}`);
      // Each stop is below the one before, on its row, or in a column to its right.
      for (let index = 1; index < stops.length; index += 1) {
        const [before, after] = [stops[index - 1], stops[index]];
        if (before.width === 0 || after.width === 0) continue;
        assert.ok(
          after.top >= before.top - 4 || after.left >= before.right - 4,
          `${view} at ${width}: ${before.name} (${Math.round(before.left)}, ${Math.round(before.top)}) then ${after.name} (${Math.round(after.left)}, ${Math.round(after.top)})`,
        );
      }
      // The lede's link takes a phone's reader from the first screen to the inputs.
      if (width === 360) {
        await page.getByTestId('to-inputs').click();
        await page.waitForFunction(() => {
          const inputs = document.getElementById('inputs').getBoundingClientRect();
          return inputs.top >= -1 && inputs.top < innerHeight / 2;
        });
      }
      assert.deepEqual(errors, []);
      await page.close();
    }
  }
});

test("on a phone the answer comes first and today's chart is on the first screen, its figures a tap away; wider, they are shown", async () => {
  for (const view of ['today', 'years']) {
    const { page, errors } = await openPage(site.browser, `${site.url}?view=${view}`, { width: 360, height: 800 });
    await takenOver(page);
    const chart = page.getByTestId(view === 'today' ? 'chart' : 'cash-chart');
    await chart.waitFor();
    const top = await chart.evaluate((element) => element.getBoundingClientRect().top + scrollY);
    assert.ok(top < 800, `${view}: the chart starts at ${top} px`);
    // The answer in about forty words, in either view: the figures and conditions are folded.
    const answer = page.getByTestId(view === 'today' ? 'headline' : 'decision-sentence');
    const words = (await answer.innerText()).split(/\s+/).filter(Boolean);
    assert.ok(words.length <= 45, `${view}: the answer in ${words.length} words`);
    const fold = page.getByTestId('answer-more');
    assert.equal(await fold.evaluate((details) => details.open), false, 'closed on a phone');
    assert.equal(await fold.locator('summary').isVisible(), true);
    const folded = fold.locator('p.sentence');
    assert.equal(await folded.isVisible(), false, 'folded on a phone');
    await fold.locator('summary').click();
    assert.equal(await folded.isVisible(), true, 'a tap away');
    // Wider, the same words are shown, the fold closed but not drawn.
    await page.evaluate(() => { document.querySelector('[data-testid=answer-more]').open = false; });
    assert.equal(await folded.isVisible(), false, 'closed again');
    await page.setViewportSize({ width: 1280, height: 900 });
    assert.equal(await fold.locator('summary').isVisible(), false);
    assert.equal(await folded.isVisible(), true);
    assert.deepEqual(errors, []);
    await page.close();
    // Opened wide, the fold is open: a screen reader hears it expanded.
    const wide = await openPage(site.browser, `${site.url}?view=${view}`, { width: 1280, height: 900 });
    await takenOver(wide.page);
    assert.equal(await wide.page.getByTestId('answer-more').evaluate((details) => details.open), true);
    assert.deepEqual(wide.errors, []);
    await wide.page.close();
  }
});
