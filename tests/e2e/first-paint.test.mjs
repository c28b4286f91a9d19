// First paint does not wait for the wasm, nothing moves when the first screen takes over
// the static shell or when the full calculator takes over from it, and without JavaScript
// the page says what it needs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { holdRequests, holdWasm, siteAndBrowser } from './support.mjs';

const site = siteAndBrowser();

/** Opens `path` with the wasm held back until the returned `release` is called, and the
 * full calculator's module until `releaseRest` is, recording layout shifts from the start. */
async function openHeld(path, viewport) {
  const page = await site.browser.newPage({ viewport });
  await page.addInitScript(() => {
    window.shifts = [];
    new PerformanceObserver((list) => {
      for (const shift of list.getEntries()) window.shifts.push({ at: shift.startTime, value: shift.value });
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const release = await holdWasm(page);
  // Routes registered later are matched first: the full module's wasm waits for this one.
  const releaseRest = await holdRequests(page, '**/mining-vs-ai*');
  await page.goto(`${site.url}${path}`);
  return { page, release, releaseRest };
}

for (const [path, viewport, chart] of [
  ['', { width: 1280, height: 900 }, 'svg.shell-wide'],
  ['', { width: 360, height: 900 }, 'svg.shell-narrow'],
  ['embed/', { width: 640, height: 900 }, 'svg'],
  ['embed/', { width: 360, height: 900 }, 'svg'],
]) {
  test(`the shell shows the default chart before the wasm, and the switch shifts nothing: /${path} at ${viewport.width} px`, async () => {
    const { page, release, releaseRest } = await openHeld(path, viewport);
    // The wasm is held back: what shows now is the page itself, with the build's drawing
    // of the default scenario's chart and its sentence.
    const shellChart = page.locator(`.shell .canvas-box > ${chart}`);
    assert.ok(await shellChart.isVisible(), 'the shell draws the chart');
    assert.match(await shellChart.innerHTML(), /Break-even (about \$[\d,]+|\$[\d.]+k)/);
    const box = await page.locator('.shell .canvas-box').boundingBox();
    // The embed's last line, below its controls and "More": where the app puts it too.
    const footer = (await page.locator('.shell .compact-footer').count())
      ? await page.locator('.shell .compact-footer').boundingBox()
      : null;
    assert.ok(box.height >= 200, `the chart's space is reserved: ${box.height}px`);
    const shellSentence = await page.locator('.shell .sentence strong').textContent();
    assert.equal(
      await page.locator('.shell .canvas-box').evaluate((element) => getComputedStyle(element).opacity),
      '1',
      'the default scenario is not dimmed',
    );

    release();
    await page.locator('main.calculator:not(.shell) [data-testid=headline]').waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid=chart]').width > 0);
    assert.equal(await page.locator('.shell').count(), 0, 'the shell is gone');
    assert.equal(
      await page.locator('[data-testid=headline] strong').textContent(),
      shellSentence,
      "the shell's sentence is the app's",
    );
    // The first screen's chart takes the shell's chart's place, and the full calculator's
    // takes the first screen's: the layout-shift API does not count replaced elements, so
    // the boxes are compared.
    const compare = async (who) => {
      const drawn = await page.locator('.canvas-box:has([data-testid=chart])').boundingBox();
      for (const side of ['x', 'y', 'width', 'height']) {
        assert.ok(Math.abs(drawn[side] - box[side]) <= 2, `chart ${side}: shell ${box[side]}, ${who} ${drawn[side]}`);
      }
      if (footer) {
        const last = await page.locator('.compact-footer').boundingBox();
        assert.ok(Math.abs(last.y - footer.y) <= 4, `footer: shell ${footer.y}, ${who} ${last.y}`);
      }
    };
    await compare('first screen');
    releaseRest();
    await page.getByTestId('ai-margin-per-mwh').waitFor({ state: 'attached' });
    await page.waitForFunction(() => document.querySelector('[data-testid=chart]').width > 0);
    await compare('full calculator');
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
    assert.deepEqual(before, [], 'nothing moved when the first screen and the full calculator took over');
    await page.close();
  });
}

test("an address that names another scenario shows the shell's chart dimmed", async () => {
  for (const path of ['?btc=90000', 'embed/?view=years&theme=dark']) {
    const { page, release, releaseRest } = await openHeld(path, { width: 640, height: 900 });
    await page.locator('.shell .canvas-box > svg').first().waitFor({ state: 'attached' });
    const opacity = await page.locator('.shell .canvas-box').evaluate((element) => getComputedStyle(element).opacity);
    assert.equal(opacity, '0.35', path);
    release();
    releaseRest();
    await page.close();
  }
  // The default scenario's pinned address, as a published embed has it, is the shell's
  // scenario: the address of "Open in full calculator" in the default embed.
  const widget = await site.browser.newPage();
  await widget.goto(`${site.url}embed/`);
  const pinned = new URL(await widget.getByTestId('open-full').getAttribute('href')).search;
  assert.match(pinned, /asof=/);
  await widget.close();
  // Neither do the embed's own options and Pym.js's keys name another scenario.
  for (const path of [`embed/${pinned}&embed=1&theme=dark`, `${pinned}`, 'embed/?theme=dark&controls=btc&childId=a&initialWidth=640']) {
    const { page, release, releaseRest } = await openHeld(path, { width: 640, height: 900 });
    await page.locator('.shell .canvas-box').waitFor();
    assert.equal(await page.locator('.shell .canvas-box').evaluate((element) => getComputedStyle(element).opacity), '1', path);
    release();
    releaseRest();
    await page.close();
  }
});

test('without JavaScript the page and the widget show the default answer and chart, and say what they need', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of ['', 'embed/']) {
    await page.goto(`${site.url}${path}`);
    const text = await page.locator('body').innerText();
    assert.match(text, /a megawatt leased to AI earns \$[\d.]+M a year more than mining/, path);
    assert.match(text, /needs JavaScript and WebAssembly/);
    assert.ok(await page.locator('.canvas-box > svg').first().isVisible(), `${path}: the chart`);
    assert.equal(await page.getByRole('link', { name: 'How to turn JavaScript on' }).count(), 1);
  }
  await context.close();
});
