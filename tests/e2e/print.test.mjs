// The printed page: the headline, the chart, the figures, the inputs with their units and
// the data's date on at most two A4 or Letter pages, without controls.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, siteAndBrowser } from './support.mjs';

const site = siteAndBrowser();

/** Pages in a PDF that Chromium printed: one page object each. */
function pageCount(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

test('both views print on at most two A4 or Letter pages, with no controls', async () => {
  for (const query of ['', '?view=years', '?ai=gpu&view=years']) {
    const { page, errors } = await openPage(site.browser, `${site.url}${query}`);
    await page.locator('main.calculator:not(.shell) canvas').first().waitFor();
    for (const format of ['A4', 'Letter']) {
      const pages = pageCount(await page.pdf({ format, printBackground: true }));
      assert.ok(pages >= 1 && pages <= 2, `${query || 'today'} on ${format}: ${pages} pages`);
    }
    await page.emulateMedia({ media: 'print' });
    const shown = async (selector) => {
      const all = await page.locator(selector).all();
      const visible = await Promise.all(all.map((element) => element.isVisible()));
      return visible.filter(Boolean).length;
    };
    // What a reader reads on paper: the answer, its chart, its figures, every input's
    // value (the folded ones too) and the data's date.
    assert.equal(await shown('[data-testid=headline], [data-testid=decision-sentence]'), 1);
    assert.equal(await shown('canvas'), 1, 'the view\'s chart, not the map or the tornado');
    assert.ok(await page.getByTestId('as-of').isVisible());
    assert.ok(await page.getByTestId('number-hashrate').isVisible(), 'a folded input');
    assert.ok(await page.getByTestId('number-btc').isVisible());
    // What it cannot use on paper.
    assert.equal(await shown('input[type=range], button, summary, .data-table'), 0);
    assert.deepEqual(errors, []);
    await page.close();
  }
});
