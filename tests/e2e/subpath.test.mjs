// The site built for a sub-path (`make site PUBLIC_URL=/mining-vs-ai/`), served there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertPageShows, outputs } from './formulas.mjs';
import { SUBPATH_SITE, openPage, siteAndBrowser } from './support.mjs';

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
