// The site built for a sub-path (`make site PUBLIC_URL=/mining-vs-ai/`), served there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertPageShows, outputs } from './formulas.mjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, SUBPATH_SITE, openPage, siteAndBrowser } from './support.mjs';

const site = siteAndBrowser(SUBPATH_SITE, '/mining-vs-ai/');

test('the calculator and its embeds work under a sub-path', async () => {
  const { page, errors } = await openPage(site.browser, `${site.url}?btc=80000`);
  await page.getByTestId('ai-margin-per-mwh').waitFor({ state: 'attached' });
  await assertPageShows(page, outputs({ btc: 80000 }), assert);

  const demo = await openPage(site.browser, `${site.url}embed-demo.html`);
  const iframe = demo.page.locator('iframe').first();
  await iframe.waitFor();
  assert.match(await iframe.getAttribute('src'), /^http:\/\/127\.0\.0\.1:\d+\/mining-vs-ai\/embed\/\?embed=1&/);
  const frame = await (await iframe.elementHandle()).contentFrame();
  await frame.getByTestId('ai-margin-per-mwh').waitFor({ state: 'attached' });
  await assertPageShows(frame, outputs({ mw: 50, btc: 90000 }), assert);
  assert.deepEqual([...errors, ...demo.errors], []);
});

/** Width and height of a PNG, from its header. */
function pngSize(bytes) {
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test("a shared link's card shows the default chart, at the site's full address", async () => {
  const html = readFileSync(join(SUBPATH_SITE, 'index.html'), 'utf8');
  const meta = (name) => html.match(new RegExp(`<meta (?:property|name)="${name}" content="([^"]*)"`))?.[1];
  assert.equal(meta('og:image'), 'https://example.org/mining-vs-ai/preview.png');
  assert.equal(meta('twitter:image'), 'https://example.org/mining-vs-ai/preview.png');
  assert.equal(meta('twitter:card'), 'summary_large_image');
  assert.equal(meta('og:url'), 'https://example.org/mining-vs-ai/');
  assert.match(meta('og:description'), /a megawatt leased to AI earns \$[\d.]+M a year more than mining/);
  assert.deepEqual(pngSize(readFileSync(join(SUBPATH_SITE, 'preview.png'))), [1200, 630]);
  // Served where the card says, as a PNG.
  const response = await fetch(`${site.url}preview.png`);
  assert.equal(response.headers.get('content-type'), 'image/png');
  // Without the site's address, the page names no image rather than a relative one.
  const plain = readFileSync(join(DIST, 'index.html'), 'utf8');
  assert.match(plain, /<meta name="twitter:card" content="summary">/);
  assert.doesNotMatch(plain, /og:image/);
  assert.deepEqual(pngSize(readFileSync(join(DIST, 'preview.png'))), [1200, 630]);
});
