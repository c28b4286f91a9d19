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

test('both views print on at most two A4 or Letter pages (three in landscape), with no controls', async () => {
  for (const query of ['', '?view=years', '?ai=gpu&view=years']) {
    const { page, errors } = await openPage(site.browser, `${site.url}${query}`);
    await page.locator('main.calculator:not(.shell) canvas').first().waitFor();
    for (const format of ['A4', 'Letter']) {
      for (const landscape of [false, true]) {
        const pages = pageCount(await page.pdf({ format, landscape, printBackground: true }));
        const where = `${query || 'today'} on ${format}${landscape ? ', landscape' : ''}`;
        // Landscape paper is shorter: the years view takes a third page there.
        assert.ok(pages >= 1 && pages <= (landscape ? 3 : 2), `${where}: ${pages} pages`);
      }
    }
    await page.emulateMedia({ media: 'print' });
    // On landscape paper too, the inputs come after the results, not over them.
    await page.setViewportSize({ width: 1050, height: 700 });
    const results = await page.locator('.results').boundingBox();
    const inputs = await page.locator('section.controls').boundingBox();
    assert.ok(inputs.y >= results.y + results.height - 1, 'the inputs below the results');
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
