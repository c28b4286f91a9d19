// The first screen and the rest: what the widget and the page load before their first
// slider answers, the rest loaded in the background or when the reader asks, and the first
// screen carrying on when the rest cannot be loaded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MOUNTED_FILES, PAGE_FILES, WIDGET_FILES } from './sizes.mjs';
import { enter, holdRequests, saveData, siteAndBrowser } from './support.mjs';

const site = siteAndBrowser();
const REST = '**/mining-vs-ai*';
/** The console's word for a request the test itself blocked. */
const BLOCKED = /Failed to load resource/;

/** A page at `url` (relative to the site), with the files it requests and its errors;
 * `saving` reports Save-Data, `rest` is 'blocked', 'held' (until `release()`) or loads. */
async function open(url, { width = 640, saving = false, rest = 'loads' } = {}) {
  const page = await site.browser.newPage({ viewport: { width, height: 900 } });
  const requested = [];
  const errors = [];
  // Paths on the test site, without the leading slash (the page's favicon is a data: URL).
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'http:') requested.push(url.pathname.slice(1));
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  if (saving) await page.addInitScript(saveData);
  let release = () => {};
  if (rest === 'blocked') await page.route(REST, (route) => route.abort());
  if (rest === 'held') release = await holdRequests(page, REST);
  await page.goto(`${site.url}${url}`);
  return { page, requested, errors, release: () => release() };
}

/** Moves the BTC slider of the first screen and waits for the headline to answer. */
async function slide(page, price) {
  const before = await page.getByTestId('headline').textContent();
  await page.locator('main.calculator:not(.shell) [data-testid=slider-btc]').fill(String(price));
  await page.waitForFunction(
    (text) => document.querySelector('[data-testid=headline]').textContent !== text,
    before,
  );
}

for (const [name, url, files] of [['widget', 'embed/', WIDGET_FILES], ['page', '', PAGE_FILES]]) {
  test(`the ${name}'s first slider answers with only its first load: ${files.join(', ')}`, async () => {
    const { page, requested, errors } = await open(`${url}?mw=50`, { saving: true });
    await slide(page, 123000);
    assert.deepEqual(
      [...new Set(requested.map((path) => (path === '' ? 'index.html' : path === 'embed/' ? 'embed/index.html' : path)))].sort(),
      [...files].sort(),
    );
    assert.match(await page.getByTestId('today-sentence').textContent(), /a megawatt/);
    // The address follows, once the changes pause.
    await page.waitForURL((address) => address.searchParams.get('btc') === '123000');
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('loaded in the background, the rest takes over with the same figures and controls', async () => {
  const held = await open('embed/?btc=95000', { rest: 'held' });
  const { page, errors } = held;
  const slider = page.locator('main.calculator:not(.shell) [data-testid=slider-btc]');
  await slider.waitFor();
  // A control as a tree of tags, attributes (but the ids that pair labels with boxes, and
  // the value, which the framework sets as a property) and text.
  const control = () => page.locator('.controls.front .control').first().evaluate((root) => {
    const skipped = new Set(['id', 'for', 'aria-describedby', 'name', 'value']);
    const tree = (node) => node.nodeType === Node.TEXT_NODE
      ? node.textContent || null
      : [
        node.tagName,
        [...node.attributes].filter(({ name }) => !skipped.has(name)).map(({ name, value }) => `${name}=${value}`).sort(),
        [...node.childNodes].map(tree).filter((child) => child !== null),
      ];
    return JSON.stringify(tree(root));
  });
  const first = {
    headline: await page.getByTestId('headline').textContent(),
    control: await control(),
    box: await page.getByTestId('chart').boundingBox(),
  };
  assert.equal(await page.getByTestId('ai-margin-per-mwh').count(), 0, 'not taken over yet');
  const { release } = held;
  release();
  await page.getByTestId('ai-margin-per-mwh').waitFor({ state: 'attached' });
  assert.equal(await page.getByTestId('headline').textContent(), first.headline, 'the same headline');
  assert.equal(await control(), first.control, "the first screen's control is the full calculator's");
  const box = await page.getByTestId('chart').boundingBox();
  for (const side of ['x', 'y', 'width', 'height']) {
    assert.ok(Math.abs(box[side] - first.box[side]) <= 1, `chart ${side}: ${first.box[side]} then ${box[side]}`);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test('More, asked before the rest has loaded, says so, then opens on the reader\'s scenario', async () => {
  const { page, errors, release } = await open('embed/?mw=50', { saving: true, rest: 'held' });
  await enter(page.locator('main.calculator:not(.shell) [data-testid=number-btc]'), '140000');
  await page.waitForURL((url) => url.searchParams.get('btc') === '140000');
  await page.getByTestId('more').locator('summary').click();
  await page.getByTestId('rest-status').getByText('Loading more inputs').waitFor();
  assert.equal(await page.getByTestId('map').count(), 0, 'nothing of the rest yet');
  release();
  await page.getByTestId('map').waitFor();
  assert.ok(await page.getByTestId('more').evaluate((element) => element.open), 'More is open');
  assert.equal(await page.getByTestId('number-btc').inputValue(), '140,000', 'the scenario carried over');
  assert.equal(await page.getByTestId('number-mw').inputValue(), '50');
  assert.equal(
    await page.evaluate(() => document.activeElement?.closest('[data-testid=more]') !== null),
    true,
    'focus stays on More',
  );
  assert.deepEqual(errors, []);
  await page.close();
});

test('the years view, asked for on the first screen or by the address, loads the rest even when saving data', async () => {
  const clicked = await open('embed/?btc=130000', { saving: true });
  await clicked.page.getByTestId('view-years').click();
  await clicked.page.getByTestId('cash-chart').waitFor();
  assert.equal(await clicked.page.getByTestId('view-years').getAttribute('aria-pressed'), 'true');
  assert.equal(new URL(clicked.page.url()).searchParams.get('btc'), '130000');
  const addressed = await open('embed/?view=years', { saving: true });
  await addressed.page.getByTestId('cash-chart').waitFor();
  assert.deepEqual([...clicked.errors, ...addressed.errors], []);
  await Promise.all([clicked.page.close(), addressed.page.close()]);
});

test('when the rest cannot be loaded, the first screen keeps working and says what is missing', async () => {
  for (const url of ['embed/', '']) {
    const { page, errors } = await open(url, { rest: 'blocked', width: 1280 });
    await slide(page, 150000);
    await page.getByTestId('view-years').click();
    const status = page.getByTestId('rest-status');
    await status.getByText('could not be loaded').waitFor();
    assert.match(await status.locator('a').getAttribute('href'), /btc=150000/, 'a link to the full calculator');
    await slide(page, 90000);
    assert.equal(await page.getByTestId('view-today').getAttribute('aria-pressed'), 'true');
    assert.deepEqual(errors.filter((error) => !BLOCKED.test(error)), [], url);
    assert.ok(errors.some((error) => BLOCKED.test(error)), 'the sentinel: the rest was asked for');
    await page.close();
  }
});

test('the page saving data offers the rest, and loads it when asked', async () => {
  const { page, errors, requested } = await open('', { saving: true, width: 1280 });
  await page.getByTestId('load-rest').click();
  await page.getByTestId('tornado').waitFor();
  assert.ok(requested.some((path) => path === 'mining-vs-ai_bg.wasm'));
  assert.deepEqual(errors, []);
  await page.close();
});

test("the first screen's Reset returns to the address's scenario; the page with embed=1 stays an embed", async () => {
  const { page, errors } = await open('embed/?btc=90000&mw=50', { saving: true });
  await enter(page.locator('main.calculator:not(.shell) [data-testid=number-btc]'), '120000');
  await page.waitForURL((url) => url.searchParams.get('btc') === '120000');
  await page.getByTestId('reset').click();
  await page.waitForURL((url) => url.searchParams.get('btc') === '90000');
  assert.equal(await page.getByTestId('number-btc').inputValue(), '90,000');
  assert.equal(await page.getByTestId('number-mw').inputValue(), '50');
  assert.equal(await page.getByTestId('ai-margin-per-mwh').count(), 0, 'still the first screen');

  const legacy = await open('?embed=1&btc=95000', { width: 1280 });
  await legacy.page.getByTestId('advanced').waitFor({ state: 'attached' });
  assert.equal(await legacy.page.locator('main.calculator.compact').count(), 1, 'the compact layout');
  assert.equal(new URL(legacy.page.url()).searchParams.get('embed'), '1');
  assert.deepEqual([...errors, ...legacy.errors], []);
  await Promise.all([page.close(), legacy.page.close()]);
});

test("a widget mounted with widget.js answers its first slider with only its first load, and leaves the address alone", async () => {
  const { page, requested, errors } = await open('widget-demo.html', { saving: true });
  const slider = page.locator('#widget main.calculator:not(.shell) [data-testid=slider-btc]');
  await slider.fill('123000');
  await page.locator('#widget [data-testid=today-sentence]').getByText('$784k a year more').waitFor();
  assert.deepEqual(
    [...new Set(requested)].sort(),
    ['widget-demo.html', 'widget-demo.js', ...MOUNTED_FILES].sort(),
  );
  // What only a page's own first screen has.
  assert.equal(await page.locator('#widget [data-testid=open-full]').count(), 0, 'no link to another page');
  assert.equal(await page.locator('#widget [data-testid=chart-png]').count(), 0, 'downloads left to the host');
  // Once the full calculator has taken over, the address is still the host page's own.
  await page.locator('#widget [data-testid=view-years]').click();
  await page.locator('#widget [data-testid=cash-chart]').waitFor();
  assert.equal(await page.locator('#widget [data-testid=number-btc]').inputValue(), '123,000');
  assert.equal(page.url(), `${site.url}widget-demo.html`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the rest takes over each mounted widget with its reader\'s state, and destroy() removes either', async () => {
  const { page, errors, release } = await open('widget-demo.html', { rest: 'held' });
  const widget = page.locator('#widget');
  await widget.locator('main.calculator:not(.shell) [data-testid=slider-btc]').fill('123000');
  const headline = widget.getByTestId('headline');
  await headline.getByText('$784k a year more').waitFor();
  const first = { headline: await headline.textContent(), box: await widget.getByTestId('chart').boundingBox() };
  release();
  await widget.getByTestId('advanced').waitFor({ state: 'attached' });
  assert.equal(await headline.textContent(), first.headline, 'the same headline');
  assert.equal(await widget.getByTestId('number-btc').inputValue(), '123,000');
  const box = await widget.getByTestId('chart').boundingBox();
  for (const side of ['x', 'y', 'width', 'height']) {
    assert.ok(Math.abs(box[side] - first.box[side]) <= 1, `chart ${side}: ${first.box[side]} then ${box[side]}`);
  }
  // A second widget, mounted once the rest is loaded, on the years view.
  await page.evaluate(async () => {
    const { mount } = await import('./widget.js');
    const second = document.createElement('div');
    second.id = 'second';
    document.body.append(second);
    window.second = mount(second, { view: 'years', btc: 70000 });
  });
  await page.locator('#second [data-testid=cash-chart]').waitFor();
  assert.equal(await page.locator('#second [data-testid=number-btc]').inputValue(), '70,000');
  assert.equal(await widget.getByTestId('number-btc').inputValue(), '123,000', 'the first widget is untouched');
  // A config that is not an object is refused as the full module refuses it.
  const refused = await page.evaluate(async () => {
    const { mount } = await import('./widget.js');
    try {
      mount(document.getElementById('second'), 5);
      return null;
    } catch (error) {
      return error.message;
    }
  });
  assert.match(refused, /^config must be an object of the URL keys/);
  await page.evaluate(() => {
    for (const handle of [window.miningVsAiDemo, window.second]) {
      handle.destroy();
      handle.destroy();
    }
  });
  assert.equal(await page.evaluate(() => document.getElementById('widget').innerHTML), '');
  assert.equal(await page.evaluate(() => document.getElementById('second').innerHTML), '');
  assert.deepEqual(errors, []);
  await page.close();
});

test("destroy() removes a mounted widget's first screen, and one whose rest failed says so without a link", async () => {
  const { page, errors } = await open('widget-demo.html', { saving: true, rest: 'blocked' });
  const widget = page.locator('#widget');
  await widget.locator('main.calculator:not(.shell) [data-testid=view-years]').click();
  await widget.getByTestId('rest-status').getByText('could not be loaded').waitFor();
  assert.equal(await widget.getByTestId('rest-status').locator('a').count(), 0, 'no link to another page');
  await page.evaluate(() => window.miningVsAiDemo.destroy());
  assert.equal(await page.evaluate(() => document.getElementById('widget').innerHTML), '');
  assert.deepEqual(errors.filter((error) => !BLOCKED.test(error)), []);
  assert.ok(errors.some((error) => BLOCKED.test(error)), 'the sentinel: the rest was asked for');
  await page.close();
});

test("the page's first screen has the pickers the full calculator has, which answer there and move nothing at the hand-over", async () => {
  const { page, errors, release } = await open('', { rest: 'held', width: 1280 });
  const controls = page.locator('main.calculator:not(.shell) section.controls').first();
  await controls.getByTestId('preset-miner').selectOption('s21-xp');
  await controls.getByTestId('preset-hint-miner').getByText('270 TH/s at 13.5 J/TH', { exact: false }).waitFor();
  // A deal sets the site's size; moving it marks the deal modified, with a way back, which
  // takes the focus.
  await controls.getByTestId('preset-deal').selectOption('cipher-barber-lake');
  const siteSize = await controls.getByTestId('number-mw').inputValue();
  await controls.getByTestId('slider-mw').fill('20');
  await controls.getByTestId('reapply-deal').click();
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'preset-deal');
  assert.equal(await controls.getByTestId('number-mw').inputValue(), siteSize, "the deal's site size again");
  assert.equal(await controls.getByTestId('reapply-deal').count(), 0);
  await controls.getByTestId('slider-mw').fill('20');
  await controls.getByTestId('reapply-deal').waitFor();
  // Moving the BTC price makes the network data custom.
  await controls.getByTestId('slider-btc').fill('123000');
  await controls.getByTestId('preset-data').locator('option[value=""]').getByText('Custom').waitFor({ state: 'attached' });
  await controls.getByTestId('ai-mode-gpu').check();
  await page.getByTestId('today-sentence').getByText('GPU', { exact: false }).waitFor();
  assert.equal(await controls.getByTestId('passthru').count(), 0, 'no pass-through for a GPU cloud');
  await controls.getByTestId('ai-mode-lease').check();
  await controls.getByTestId('passthru').uncheck();
  // The pickers as a tree (as for a control above, and without the state's attributes,
  // which the framework sets as properties) and where each control sits.
  const pickers = () => controls.evaluate((section) => {
    const skipped = new Set(['id', 'for', 'aria-describedby', 'name', 'value', 'checked', 'selected']);
    const tree = (node) => node.nodeType === Node.TEXT_NODE
      ? node.textContent || null
      : [
        node.tagName,
        [...node.attributes].filter(({ name }) => !skipped.has(name)).map(({ name, value }) => `${name}=${value}`).sort(),
        [...node.childNodes].map(tree).filter((child) => child !== null),
      ];
    const children = [...section.children];
    const firstControl = children.findIndex((child) => child.classList.contains('control'));
    const state = [...section.querySelectorAll('select, input[type=radio], input[type=checkbox]')]
      .map((input) => `${input.dataset.testid}=${input.type === 'select-one' ? input.value : input.checked}`);
    return JSON.stringify([children.slice(0, firstControl).map(tree), state]);
  });
  const boxes = () => Promise.all(['preset-data', 'preset-deal', 'passthru', 'slider-mw', 'slider-btc']
    .map((testid) => controls.getByTestId(testid).boundingBox()));
  const first = { pickers: await pickers(), boxes: await boxes(), figure: await page.getByTestId('verdict').textContent() };
  assert.match(first.pickers, /\(modified\)/);
  assert.equal(await page.getByTestId('ai-margin-per-mwh').count(), 0, 'not taken over yet');
  release();
  await page.getByTestId('ai-margin-per-mwh').waitFor({ state: 'attached' });
  assert.equal(await pickers(), first.pickers, "the first screen's pickers are the full calculator's");
  assert.deepEqual(await boxes(), first.boxes, 'nothing moved');
  assert.equal(await page.getByTestId('verdict').textContent(), first.figure, 'the same answer');
  assert.deepEqual(errors, []);
  await page.close();
});

test('widgets mounted side by side keep their own ids, choices, focus and the host\'s scroll', async () => {
  const { page, errors, release } = await open('widget-demo.html', { rest: 'held' });
  const first = page.locator('#widget');
  await first.locator('main.calculator:not(.shell) [data-testid=slider-btc]').waitFor();
  // A second widget on its first screen, and the host's own box below both, far down.
  await page.evaluate(async () => {
    const { mount } = await import('./widget.js');
    const second = document.createElement('div');
    second.id = 'second';
    const spacer = document.createElement('div');
    spacer.style.height = '3000px';
    const input = document.createElement('input');
    input.id = 'host-input';
    document.body.append(second, spacer, input);
    window.second = mount(second, { ai: 'gpu' });
  });
  const second = page.locator('#second');
  await second.locator('main.calculator:not(.shell) [data-testid=slider-btc]').waitFor();
  const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((element) => element.id));
  assert.deepEqual(ids.filter((id, index) => ids.indexOf(id) !== index), [], 'no id twice');
  assert.ok(await first.getByTestId('ai-mode-lease').isChecked(), "the first widget's lease");
  assert.ok(await second.getByTestId('ai-mode-gpu').isChecked(), "the second widget's GPU cloud");
  await second.getByTestId('number-mw').locator('xpath=ancestor::div[1]').locator('label').click();
  assert.equal(
    await page.evaluate(() => document.activeElement.closest('#second') !== null),
    true,
    "a label focuses its own widget's box",
  );
  // The reader in the host's box, scrolled to it: the hand-over leaves both alone.
  await page.locator('#host-input').focus();
  const scrolled = await page.evaluate(() => window.scrollY);
  assert.ok(scrolled > 0);
  release();
  await second.getByTestId('advanced').waitFor({ state: 'attached' });
  await first.getByTestId('advanced').waitFor({ state: 'attached' });
  assert.equal(await page.evaluate(() => document.activeElement.id), 'host-input');
  assert.equal(await page.evaluate(() => window.scrollY), scrolled);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a widget mounted on the years view and one destroyed at once move nothing and load nothing', async () => {
  const { page, requested, errors } = await open('widget-demo.html', { saving: true });
  await page.locator('#widget main.calculator:not(.shell) [data-testid=slider-btc]').waitFor();
  await page.evaluate(() => window.miningVsAiDemo.destroy());
  // Not saving data, a widget destroyed at once: its idle load does not happen (the page's
  // own idle callback, asked for after it, is the sentinel).
  await page.evaluate(async () => {
    Object.defineProperty(Navigator.prototype, 'connection', { configurable: true, get: () => undefined });
    const { mount } = await import('./widget.js');
    mount(document.getElementById('widget'), {}).destroy();
    await new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 0)));
  });
  assert.deepEqual(requested.filter((path) => path.startsWith('mining-vs-ai')), []);
  assert.equal(await page.evaluate(() => document.getElementById('widget').innerHTML), '');
  // On the years view, asked for by the config, the widget loads the rest but leaves the
  // host's focus where it is.
  await page.evaluate(async () => {
    const input = document.createElement('input');
    input.id = 'host-input';
    document.body.prepend(input);
    input.focus();
    const { mount } = await import('./widget.js');
    window.years = mount(document.getElementById('widget'), { view: 'years' });
  });
  await page.locator('#widget [data-testid=cash-chart]').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'host-input');
  assert.deepEqual(errors, []);
  await page.close();
});
