// The site built for a sub-path (`make site PUBLIC_URL=/mining-vs-ai/`), served there.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertPageShows, outputs } from './formulas.mjs';
import { SUBPATH_SITE, launch, openPage, serve } from './support.mjs';

let server;
let chromium;

before(async () => {
  server = await serve(SUBPATH_SITE, '/mining-vs-ai/');
  chromium = await launch();
});

after(async () => {
  await chromium?.close();
  await server?.close();
});

test('the calculator and its embeds work under a sub-path', async () => {
  const { page, errors } = await openPage(chromium, `${server.url}?btc=80000`);
  await page.getByTestId('ai-margin-per-mwh').waitFor();
  await assertPageShows(page, outputs({ btc: 80000 }), assert);

  const demo = await openPage(chromium, `${server.url}embed-demo.html`);
  const iframe = demo.page.locator('iframe').first();
  await iframe.waitFor();
  assert.match(await iframe.getAttribute('src'), /^http:\/\/127\.0\.0\.1:\d+\/mining-vs-ai\/\?embed=1&/);
  const frame = await (await iframe.elementHandle()).contentFrame();
  await frame.getByTestId('ai-margin-per-mwh').waitFor();
  await assertPageShows(frame, outputs({ mw: 50, btc: 90000 }), assert);
  assert.deepEqual([...errors, ...demo.errors], []);
});
