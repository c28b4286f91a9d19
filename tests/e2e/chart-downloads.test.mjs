// Each chart of the full page as PNG and SVG, made in the page, with a footer that names
// its source: the PNG's chart is the canvas' drawing at twice its size, pixel for pixel.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { SNAPSHOT, dateText } from './formulas.mjs';
import { openPage, siteAndBrowser } from './support.mjs';

const site = siteAndBrowser();

/** Clicks `button` and returns the download and its bytes. */
async function downloaded(page, button) {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  assert.match(download.url(), /^blob:/, 'made in the page');
  return { download, bytes: await readFile(await download.path()) };
}

/** The words of an SVG's text elements, unescaped, in order. */
function svgTexts(svg) {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map(([, text]) =>
    text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&'));
}

/** The address the page's citation gives for the scenario. */
async function citedAddress(page) {
  await page.getByTestId('cite').locator('summary').click();
  const citation = await page.getByTestId('citation').textContent();
  return citation.match(/, (http\S+) \(network data/)[1];
}

test("a chart's PNG is its canvas at 2x above the footer; its SVG says the title, legend, scenario, data's date and address", async () => {
  const { page, errors } = await openPage(
    site.browser,
    `${site.url}?power=35&mw=294`,
    undefined,
    { acceptDownloads: true, deviceScaleFactor: 2 },
  );
  const canvas = page.getByTestId('chart');
  await canvas.waitFor();
  await page.waitForFunction(() => document.querySelector('[data-testid=chart]').width > 0);

  const png = await downloaded(page, page.getByTestId('chart-png'));
  assert.equal(png.download.suggestedFilename(), 'mining-vs-ai-chart.png');
  assert.deepEqual([...png.bytes.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], 'a PNG');
  const comparison = await page.evaluate(async (bytes) => {
    const image = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
    const shown = document.querySelector('[data-testid=chart]');
    const copy = new OffscreenCanvas(image.width, image.height).getContext('2d');
    copy.drawImage(image, 0, 0);
    const { width, height } = shown;
    const ours = copy.getImageData(0, 0, width, height).data;
    const onScreen = shown.getContext('2d').getImageData(0, 0, width, height).data;
    let differing = 0;
    for (let index = 0; index < ours.length; index += 4) {
      if ([0, 1, 2].some((channel) => ours[index + channel] !== onScreen[index + channel])) differing += 1;
    }
    return { image: [image.width, image.height], shown: [width, height], css: [shown.clientWidth, shown.clientHeight], differing };
  }, [...png.bytes]);
  assert.equal(comparison.shown[0], 2 * comparison.css[0], 'the screen draws at 2x here');
  assert.equal(comparison.image[0], comparison.shown[0], 'as wide as the canvas at 2x');
  assert.ok(comparison.image[1] > comparison.shown[1] + 2 * 100, `a footer below the chart: ${comparison.image}`);
  assert.equal(comparison.differing, 0, 'the chart is the canvas, pixel for pixel');

  const svg = await downloaded(page, page.getByTestId('chart-svg'));
  assert.equal(svg.download.suggestedFilename(), 'mining-vs-ai-chart.svg');
  const text = svg.bytes.toString('utf8');
  assert.match(text, new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${comparison.css[0]} \\d+"`));
  assert.ok(!/\d\.\d{4,}/.test(text), 'no long float in the file');
  const words = svgTexts(text);
  const title = await page.getByTestId('chart-title').textContent();
  const titleAt = words.indexOf(title);
  assert.ok(titleAt > 0, 'the chart, then its title below it');
  assert.ok(words.slice(0, titleAt).includes('BTC price'), 'the axis title in the drawing');
  const legend = await page.locator('section.chart', { has: canvas }).locator('.legend li').allTextContents();
  assert.deepEqual(words.slice(titleAt + 1, titleAt + 1 + legend.length), legend);
  const notes = words.slice(titleAt + 1 + legend.length);
  const scenario = notes.findIndex((line) => line.startsWith('Site size: 294 MW'));
  const source = notes.findIndex((line) => line.startsWith('Source: Mining vs AI calculator'));
  // The lines break between inputs (the separator left out there), each label with its value.
  assert.match(
    notes.slice(scenario, source).join(' '),
    /^Site size: 294 MW (· )?Power price: \$35\/MWh (· )?BTC price: \$[\d,]+ (· )?Rent the AI tenant pays: \$150\/kW-month$/,
  );
  assert.ok(notes.slice(scenario, source).every((line) => !line.endsWith(':')), 'each label with its value');
  assert.equal(notes[source], `Source: Mining vs AI calculator; data of ${dateText(SNAPSHOT.as_of)}.`);
  const address = notes.slice(source + 1).join('');
  assert.equal(address, await citedAddress(page), 'the pinned address, wrapped');
  assert.match(address, new RegExp(`asof=${SNAPSHOT.as_of}&mw=294&power=35&`));
  assert.deepEqual(errors, []);
});

test('over the years, the cash chart, the map and the tornado each download with their titles', async () => {
  const { page, errors } = await openPage(site.browser, `${site.url}?view=years`, undefined, { acceptDownloads: true });
  for (const chart of ['cash-chart', 'map', 'tornado']) {
    await page.getByTestId(chart).waitFor();
    const title = await page.getByTestId(`${chart}-title`).textContent();
    const svg = await downloaded(page, page.getByTestId(`${chart}-svg`));
    assert.equal(svg.download.suggestedFilename(), `mining-vs-ai-${chart}.svg`);
    assert.ok(svgTexts(svg.bytes.toString('utf8')).includes(title), `${chart}: ${title}`);
    const png = await downloaded(page, page.getByTestId(`${chart}-png`));
    assert.equal(png.download.suggestedFilename(), `mining-vs-ai-${chart}.png`);
    assert.ok(png.bytes.length > 1000, `${chart}: a PNG of ${png.bytes.length} bytes`);
  }
  assert.deepEqual(errors, []);
});

test("the widget's charts offer no downloads: its budget leaves them to the full page", async () => {
  const { page, errors } = await openPage(site.browser, `${site.url}embed/`, { width: 640, height: 900 });
  await page.waitForFunction(() => document.querySelector('[data-testid=chart]')?.width > 0);
  assert.equal(await page.locator('.chart-downloads').count(), 0);
  // The sentinel: on the full page, the same chart has them.
  const full = await openPage(site.browser, site.url);
  await full.page.getByTestId('chart-png').waitFor();
  assert.deepEqual([...errors, ...full.errors], []);
  await Promise.all([page.close(), full.page.close()]);
});
