// First paint does not wait for the wasm, nothing moves when the app takes over, and
// without JavaScript the page says what it needs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteAndBrowser } from './support.mjs';

const site = siteAndBrowser();

test('the static shell shows before the wasm arrives, and the switch shifts nothing', async () => {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(() => {
    window.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const shift of list.getEntries()) window.layoutShift += shift.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  let releaseWasm;
  const wasmHeld = new Promise((resolve) => {
    releaseWasm = resolve;
  });
  await page.route('**/*.wasm', async (route) => {
    await wasmHeld;
    await route.continue();
  });
  await page.goto(site.url);
  // The wasm is held back: what shows now is the page itself.
  assert.equal(await page.locator('h1').textContent(), 'What is a megawatt worth?');
  assert.ok(await page.getByText('Loading the calculator...').isVisible());
  assert.ok(await page.getByText('BTC price').first().isVisible());
  const reserved = await page.locator('.shell-chart').boundingBox();
  assert.ok(reserved.height >= 240, `the chart's space is reserved: ${reserved.height}px`);

  releaseWasm();
  await page.getByTestId('ai-margin-per-mwh').waitFor();
  await page.waitForFunction(() => document.querySelector('[data-testid=chart]').width > 0);
  await page.waitForTimeout(300);
  assert.equal(await page.locator('.shell').count(), 0, 'the shell is gone');
  assert.equal(await page.evaluate(() => window.layoutShift), 0);
});

test('without JavaScript the page says what it needs, with a link', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(site.url);
  assert.match(await page.locator('body').innerText(), /needs JavaScript and WebAssembly/);
  assert.equal(await page.getByRole('link', { name: 'How to turn JavaScript on' }).count(), 1);
  await context.close();
});
