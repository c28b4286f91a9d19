// Each chart of the full page and of the embed as PNG and SVG, made in the page, framed as
// a newspaper prints a chart (title, subtitle and legend above, the scenario and the source
// below): the PNG's chart is the canvas' drawing at twice its size, pixel for pixel.
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

/** The text an SVG keeps in its metadata (neither drawn nor read aloud), unescaped. */
function svgMetadata(svg) {
  const [, text] = svg.match(/<metadata>([^<]*)<\/metadata>/) ?? [];
  return text?.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

/** The address "Cite this" gives for the scenario. */
async function citedAddress(page) {
  await page.getByTestId('cite').locator('summary').click();
  return page.getByTestId('citation-link').getAttribute('href');
}

test("a chart's PNG is its canvas at 2x between its title and its source; its SVG says the title, subtitle, legend, scenario and data's date, and keeps the address in its metadata", async () => {
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
  // The chart, the scenario and the data's date, in the file's name.
  assert.equal(
    png.download.suggestedFilename(),
    `mining-vs-ai_margin-per-mw-a-year-against-the-btc-price_today_hpc-lease_btc-${SNAPSHOT.btc_price_usd}_power-35_${SNAPSHOT.as_of}.png`,
  );
  assert.deepEqual([...png.bytes.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], 'a PNG');
  const comparison = await page.evaluate(async (bytes) => {
    const image = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
    const shown = document.querySelector('[data-testid=chart]');
    const copy = new OffscreenCanvas(image.width, image.height).getContext('2d');
    copy.drawImage(image, 0, 0);
    const { width, height } = shown;
    const onScreen = shown.getContext('2d').getImageData(0, 0, width, height).data;
    const differing = (top) => {
      const ours = copy.getImageData(0, top, width, height).data;
      let count = 0;
      for (let index = 0; index < ours.length; index += 4) {
        if ([0, 1, 2].some((channel) => ours[index + channel] !== onScreen[index + channel])) count += 1;
      }
      return count;
    };
    // The chart's row under the header: the one where the canvas' middle row is found.
    const middle = Math.floor(height / 2);
    const row = onScreen.subarray(middle * width * 4, (middle + 1) * width * 4);
    let top = -1;
    for (let candidate = 0; candidate + height <= image.height && top < 0; candidate += 1) {
      const ours = copy.getImageData(0, candidate + middle, width, 1).data;
      if (ours.every((value, index) => index % 4 === 3 || value === row[index]) && differing(candidate) === 0) top = candidate;
    }
    return { image: [image.width, image.height], shown: [width, height], css: [shown.clientWidth, shown.clientHeight], top };
  }, [...png.bytes]);
  assert.equal(comparison.shown[0], 2 * comparison.css[0], 'the screen draws at 2x here');
  assert.equal(comparison.image[0], comparison.shown[0], 'as wide as the canvas at 2x');
  assert.ok(comparison.top > 2 * 50, `the chart, pixel for pixel, below a header: ${comparison.top}`);
  assert.ok(comparison.image[1] > comparison.top + comparison.shown[1] + 2 * 40, `a footer below the chart: ${comparison.image}`);

  const svg = await downloaded(page, page.getByTestId('chart-svg'));
  assert.equal(svg.download.suggestedFilename(), png.download.suggestedFilename().replace(/png$/, 'svg'));
  const text = svg.bytes.toString('utf8');
  assert.match(text, new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${comparison.css[0]} \\d+"`));
  assert.ok(!/\d\.\d{4,}/.test(text), 'no long float in the file');
  const words = svgTexts(text);
  const title = await page.getByTestId('chart-title').textContent();
  assert.equal(words[0], title, 'the title first');
  assert.match(text, new RegExp(`font-weight="bold"[^>]*>${title}<`), 'in bold');
  const legend = await page.locator('section.chart', { has: canvas }).locator('.legend li').allTextContents();
  const legendAt = words.indexOf(legend[0]);
  // The subtitle, wrapped, is the page's note on how to read the chart.
  const note = (await page.getByTestId('chart-description').textContent()).replace(await page.getByTestId('chart').getAttribute('aria-label'), '').trim();
  assert.equal(words.slice(1, legendAt).join(' '), note);
  assert.deepEqual(words.slice(legendAt, legendAt + legend.length), legend);
  const chartWords = words.slice(legendAt + legend.length);
  assert.ok(chartWords.includes('BTC price'), 'the axis title in the drawing');
  const scenario = chartWords.findIndex((line) => line.startsWith('Site size: 294 MW'));
  const source = chartWords.findIndex((line) => line.startsWith('Source: Mining vs AI calculator'));
  // The lines break between inputs (the separator left out there), each label with its value.
  assert.match(
    chartWords.slice(scenario, source).join(' '),
    /^Site size: 294 MW (· )?Power price: \$35\/MWh (· )?BTC price: \$[\d,]+ (· )?Rent the AI tenant pays: \$150\/kW-month$/,
  );
  assert.ok(chartWords.slice(scenario, source).every((line) => !line.endsWith(':')), 'each label with its value');
  // The source names the site, short, as print names a source.
  assert.equal(chartWords.slice(source).join(' '), `Source: Mining vs AI calculator; data of ${dateText(SNAPSHOT.as_of)}. ${new URL(site.url).host}/`);
  // The address is kept in the file's metadata, not drawn.
  const address = await citedAddress(page);
  assert.match(address, new RegExp(`asof=${SNAPSHOT.as_of}&mw=294&power=35&`));
  assert.ok(svgMetadata(text).endsWith(` ${address}`), svgMetadata(text));
  assert.ok(words.every((line) => !line.includes('asof=')), 'no address drawn');
  assert.deepEqual(errors, []);
});

test('over the years, the cash chart, the map and the tornado each download with their titles', async () => {
  const { page, errors } = await openPage(site.browser, `${site.url}?view=years`, undefined, { acceptDownloads: true });
  const names = [];
  for (const chart of ['cash-chart', 'map', 'tornado']) {
    await page.getByTestId(chart).waitFor();
    const title = await page.getByTestId(`${chart}-title`).textContent();
    const svg = await downloaded(page, page.getByTestId(`${chart}-svg`));
    // Named after its title, each file apart from the others.
    const slug = title.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).join('-');
    assert.ok(svg.download.suggestedFilename().startsWith(`mining-vs-ai_${slug}_years_`), svg.download.suggestedFilename());
    names.push(svg.download.suggestedFilename());
    const words = svgTexts(svg.bytes.toString('utf8'));
    assert.ok(words.includes(title), `${chart}: ${title}`);
    // What the years' answer stands on: the rates, the hall, the deal and the outlook.
    const below = words.join(' ');
    assert.match(below, /mining discounted at 15%, converting at 8%/, chart);
    assert.match(below, /It holds if the hall costs \$10\.0M per IT MW/, chart);
    assert.match(below, /It assumes BTC at \$[\d,]+ \(flat\)/, chart);
    const png = await downloaded(page, page.getByTestId(`${chart}-png`));
    assert.equal(png.download.suggestedFilename(), svg.download.suggestedFilename().replace(/svg$/, 'png'));
    assert.ok(png.bytes.length > 1000, `${chart}: a PNG of ${png.bytes.length} bytes`);
  }
  assert.equal(new Set(names).size, 3, 'three names');
  assert.deepEqual(errors, []);
});

/** A page of the test site that embeds `src` in an iframe sandboxed with `sandbox`. */
async function hostWithFrame(page, src, sandbox) {
  await page.evaluate(([address, tokens]) => {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', tokens);
    frame.style.cssText = 'width:640px;height:900px;border:0';
    frame.src = address;
    document.body.prepend(frame);
  }, [src, sandbox]);
  return page.frameLocator('iframe').first();
}

const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

test('an iframe embed and a script embed download their charts framed, and cite', async () => {
  const { page, errors } = await openPage(site.browser, `${site.url}api-demo.html`, undefined, { acceptDownloads: true });
  const frame = await hostWithFrame(page, `${site.url}embed/?mw=294&power=35`, `${SANDBOX} allow-downloads`);
  // The first screen's button: it loads the rest, which then saves the chart.
  const svg = await downloaded(page, frame.getByTestId('chart-svg'));
  assert.match(svg.download.suggestedFilename(), /^mining-vs-ai_margin-per-mw-a-year-against-the-btc-price_today_hpc-lease_btc-\d+_power-35_\d{4}-\d\d-\d\d\.svg$/);
  const notes = svgTexts(svg.bytes.toString('utf8'));
  assert.ok(notes.some((line) => line.startsWith('Site size: 294 MW')), 'the scenario below the chart');
  assert.ok(notes.join(' ').includes(`Source: Mining vs AI calculator; data of ${dateText(SNAPSHOT.as_of)}.`), 'the source');
  assert.match(svgMetadata(svg.bytes.toString('utf8')), /asof=[\d-]+&mw=294&power=35&/, 'the pinned address, kept');
  const png = await downloaded(page, frame.getByTestId('chart-png'));
  assert.ok(png.bytes.length > 1000, `a PNG of ${png.bytes.length} bytes`);
  await frame.locator('[data-testid=more] > summary').click();
  await frame.getByTestId('cite').locator('summary').click();
  assert.match(await frame.getByTestId('citation').textContent(), /^Mining vs AI calculator, "What is a megawatt worth\?", network data of /);
  assert.match(await frame.getByTestId('citation-link').getAttribute('href'), /mw=294&power=35/);

  // embed.js grants the same to the frames it makes.
  await page.goto(`${site.url}embed-demo.html`);
  const scripted = page.frameLocator('iframe.mining-vs-ai-frame').first();
  assert.match(await page.locator('iframe.mining-vs-ai-frame').first().getAttribute('sandbox'), /allow-downloads/);
  const fromScript = await downloaded(page, scripted.getByTestId('chart-svg'));
  assert.ok(svgTexts(fromScript.bytes.toString('utf8')).some((line) => line.startsWith('Source: Mining vs AI calculator')));
  assert.deepEqual(errors, []);
});

test('a frame that may not download says where the downloads are', async () => {
  const { page, errors } = await openPage(site.browser, `${site.url}api-demo.html`, undefined, { acceptDownloads: true });
  const frame = await hostWithFrame(page, `${site.url}embed/`, SANDBOX);
  let downloads = 0;
  page.on('download', () => { downloads += 1; });
  await frame.getByTestId('chart-svg').click();
  await frame.locator('.chart-downloads .message').getByText('blocks downloads').waitFor();
  assert.match(await frame.getByTestId('open-full').getAttribute('href'), /^http/, 'the link it points to');
  // The sentinel: the same click in a frame that may download gives a file.
  const allowed = await hostWithFrame(page, `${site.url}embed/`, `${SANDBOX} allow-downloads`);
  await downloaded(page, allowed.getByTestId('chart-svg'));
  assert.equal(downloads, 1, 'only the frame that may download gave a file');
  assert.deepEqual(errors.filter((error) => !/download/i.test(error)), []);
});
