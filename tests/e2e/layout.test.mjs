// Nothing overflows its box, and no page scrolls sideways, from 320 to 1,920 px wide, in
// either view, with every fold open: each element's content fits its width, unless it sits
// in a box that scrolls (a wide table's), and a word is never cut to fit.
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
