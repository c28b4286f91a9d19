// First paint does not wait for the wasm, nothing moves when the app takes over, and
// without JavaScript the page says what it needs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteAndBrowser } from './support.mjs';

const site = siteAndBrowser();

test('the static shell shows before the wasm arrives, and the switch shifts nothing', async () => {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(() => {
    window.shifts = [];
    new PerformanceObserver((list) => {
      for (const shift of list.getEntries()) window.shifts.push({ at: shift.startTime, value: shift.value });
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
  assert.equal(await page.locator('.shell').count(), 0, 'the shell is gone');
  // Once a frame has been rendered since the chart was drawn, shift the page on purpose:
  // when that shift is reported, any shift before it has been reported too.
  const since = await page.evaluate(
    () =>
      new Promise((resolve) => {
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const since = performance.now();
            const spacer = document.createElement('div');
            spacer.style.height = '100px';
            document.body.prepend(spacer);
            resolve(since);
          }),
        );
      }),
  );
  await page.waitForFunction((after) => window.shifts.some((shift) => shift.at >= after), since);
  const before = await page.evaluate(
    (after) => window.shifts.filter((shift) => shift.at < after).map((shift) => shift.value),
    since,
  );
  assert.deepEqual(before, [], 'nothing moved when the app took over');
});

test('without JavaScript the page says what it needs, with a link', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(site.url);
  assert.match(await page.locator('body').innerText(), /needs JavaScript and WebAssembly/);
  assert.equal(await page.getByRole('link', { name: 'How to turn JavaScript on' }).count(), 1);
  await context.close();
});
