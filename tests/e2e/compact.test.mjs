// The compact embed that articles show: its heights, its options, its Reset and the resize
// messages of the hosts that use Pym.js or AMP.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { enter, holdWasm, openPage, siteAndBrowser, unfoldMore, takenOver } from './support.mjs';

const site = siteAndBrowser();

/** The embed's height and the page's width, once its chart is drawn. */
async function measure(page) {
  await takenOver(page);
  await page.locator('main.calculator:not(.shell) canvas').first().waitFor();
  return page.evaluate(() => ({
    height: document.querySelector('main.calculator').getBoundingClientRect().height,
    scrollWidth: document.documentElement.scrollWidth,
  }));
}

test('the embed fits 800 px at 640 px wide and 900 px at 360 (950 over the years, whose chart is taller there), both views, both themes', async () => {
  for (const [width, today] of [[640, 800], [360, 900]]) {
    for (const view of ['today', 'years']) {
      const most = view === 'years' && width === 360 ? 950 : today;
      for (const theme of ['light', 'dark']) {
        const { page, errors } = await openPage(
          site.browser,
          `${site.url}embed/?view=${view}&theme=${theme}`,
          { width, height: 1000 },
        );
        const { height, scrollWidth } = await measure(page);
        const where = `${width} px, ${view}, ${theme}`;
        assert.ok(height <= most, `${where}: ${height} px tall`);
        assert.equal(scrollWidth, width, `${where}: no horizontal scroll`);
        // The chart, the three sliders and "More" are all on screen at once.
        for (const testid of ['slider-mw', 'slider-power', 'slider-btc', 'more']) {
          assert.ok(await page.getByTestId(testid).isVisible(), `${where}: ${testid}`);
        }
        // The years' chart keeps a plot of readable height on a phone.
        if (view === 'years') {
          const chart = await page.getByTestId('cash-chart').boundingBox();
          assert.ok(chart.height >= (width === 360 ? 250 : 240), `${where}: the chart is ${chart.height} px tall`);
        }
        assert.deepEqual(errors, []);
        await page.close();
      }
    }
  }
});

test('unfolded at 360 px, every figure under More fits its column', async () => {
  for (const view of ['today', 'years']) {
    const { page, errors } = await openPage(site.browser, `${site.url}embed/?view=${view}`, { width: 360, height: 900 });
    await measure(page);
    await unfoldMore(page);
    const overflowing = await page.getByTestId('more').locator('dd').evaluateAll((figures) => ({
      count: figures.length,
      wider: figures.filter((figure) => figure.scrollWidth > figure.clientWidth).map((figure) => figure.textContent),
    }));
    assert.ok(overflowing.count >= 4, `${view}: the figures are there (${overflowing.count})`);
    assert.deepEqual(overflowing.wider, [], `${view}: wider than their column`);
    assert.deepEqual(errors, []);
    await page.close();
  }
});

test('the theme is light unless the embed asks, the background can be transparent', async () => {
  const background = (page) =>
    page.evaluate(() => getComputedStyle(document.querySelector('main.calculator')).backgroundColor);
  // A reader whose system is dark still gets a light embed by default.
  const light = await openPage(site.browser, `${site.url}embed/`, undefined, { colorScheme: 'dark' });
  await measure(light.page);
  assert.equal(await background(light.page), 'rgb(255, 255, 255)');
  const dark = await openPage(site.browser, `${site.url}embed/?theme=dark`);
  await measure(dark.page);
  assert.equal(await background(dark.page), 'rgb(13, 17, 23)');
  const auto = await openPage(site.browser, `${site.url}embed/?theme=auto`, undefined, { colorScheme: 'dark' });
  await measure(auto.page);
  assert.equal(await background(auto.page), 'rgb(13, 17, 23)');
  const clear = await openPage(site.browser, `${site.url}embed/?bg=transparent&theme=dark`);
  await measure(clear.page);
  assert.equal(await background(clear.page), 'rgba(0, 0, 0, 0)');
  // The options stay in the address when the reader changes the scenario.
  await enter(clear.page.getByTestId('number-btc'), '90000');
  await clear.page.waitForURL((url) => url.searchParams.get('btc') === '90000');
  const kept = new URL(clear.page.url()).searchParams;
  assert.equal(kept.get('theme'), 'dark');
  assert.equal(kept.get('bg'), 'transparent');
  for (const { errors } of [light, dark, auto, clear]) assert.deepEqual(errors, []);
});

/** The colour of the pixel at (x, y) of a PNG screenshot, as "r,g,b". */
async function pixelOf(page, png, x, y) {
  return page.evaluate(
    async ([source, at]) => {
      const image = new Image();
      image.src = source;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0);
      return [...context.getImageData(at[0], at[1], 1, 1).data.slice(0, 3)].join(',');
    },
    [`data:image/png;base64,${png.toString('base64')}`, [x, y]],
  );
}

test('with bg=transparent the article shows through the embed and its chart, in either theme', async () => {
  for (const theme of ['light', 'dark']) {
    // A host page on 127.0.0.1 (Chromium refuses a page of no origin the loopback address)
    // without scripts of its own, the site's preview image, its body replaced by a coloured
    // one holding the embed.
    const { page, errors } = await openPage(site.browser, 'about:blank');
    // An image document asks for a favicon the site does not have.
    await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
    await page.goto(`${site.url}preview.png`);
    await page.evaluate((src) => {
      document.body.innerHTML = '';
      document.body.style.cssText = 'margin:0;background:rgb(250,235,200)';
      const iframe = document.createElement('iframe');
      iframe.src = src;
      iframe.style.cssText = 'border:0;width:640px;height:900px';
      document.body.append(iframe);
    }, `${site.url}embed/?bg=transparent&theme=${theme}`);
    const frame = await (await page.locator('iframe').elementHandle()).contentFrame();
    await takenOver(frame);
    const canvas = frame.locator('main.calculator:not(.shell) canvas').first();
    await canvas.waitFor();
    await frame.waitForFunction(() => document.querySelector('canvas').width > 0);
    const box = await canvas.boundingBox();
    const png = await page.screenshot();
    // A corner of the chart, outside its plot, and a spot beside the title.
    assert.equal(await pixelOf(page, png, Math.round(box.x + 2), Math.round(box.y + 2)), '250,235,200', `${theme}: chart`);
    assert.equal(await pixelOf(page, png, 400, 10), '250,235,200', `${theme}: page`);
    assert.deepEqual(errors, []);
    await page.close();
  }
});

test('controls= chooses the front controls; the others wait under More', async () => {
  const { page, errors } = await openPage(site.browser, `${site.url}embed/?controls=btc`);
  await measure(page);
  const front = page.locator('.controls.front');
  await front.getByTestId('slider-btc').waitFor();
  assert.equal(await front.getByTestId('slider-mw').count(), 0);
  assert.equal(await front.getByTestId('ai-mode-lease').count(), 0);
  await unfoldMore(page);
  const more = page.getByTestId('more');
  await more.getByTestId('slider-mw').waitFor();
  await more.getByTestId('ai-mode-lease').waitFor();
  assert.equal(await more.getByTestId('slider-btc').count(), 0, 'not twice');
  assert.deepEqual(errors, []);
});

test('Reset returns to the scenario the editor embedded, not to the defaults', async () => {
  const { page, errors } = await openPage(site.browser, `${site.url}embed/?btc=90000&mw=50&ai=gpu`);
  await measure(page);
  await enter(page.getByTestId('number-btc'), '120000');
  await page.getByTestId('ai-mode-lease').check();
  await page.waitForURL((url) => url.searchParams.get('btc') === '120000');
  await page.getByTestId('reset').click();
  await page.waitForURL((url) => url.searchParams.get('btc') === '90000');
  assert.equal(await page.getByTestId('number-btc').inputValue(), '90,000');
  assert.equal(await page.getByTestId('number-mw').inputValue(), '50');
  assert.ok(await page.getByTestId('ai-mode-gpu').isChecked());
  assert.deepEqual(errors, []);
});

test('hosts with Pym.js or AMP hear the heights they expect', async () => {
  const { page, errors } = await openPage(site.browser, `${site.url}embed-demo.html`);
  // A host page of those libraries' kind: it only listens.
  await page.evaluate((src) => {
    window.heardMessages = [];
    window.addEventListener('message', (event) => window.heardMessages.push(event.data));
    const iframe = document.createElement('iframe');
    iframe.style.cssText = 'width:640px;height:900px;border:0';
    iframe.src = src;
    document.body.prepend(iframe);
  }, `${site.url}embed/?childId=story-chart&initialWidth=640`);
  const lastHeights = () => {
    const pym = /^pymxPYMxstory-chartxPYMxheightxPYMx(\d+)$/;
    const messages = window.heardMessages;
    const own = messages.filter((data) => data?.type === 'mining-vs-ai:resize').at(-1);
    const amp = messages.filter((data) => data?.sentinel === 'amp' && data.type === 'embed-size').at(-1);
    const pyms = messages.filter((data) => typeof data === 'string' && pym.test(data)).at(-1);
    return own && amp && pyms && own.height > 300
      ? { own: own.height, amp: amp.height, pym: Number(pyms.match(pym)[1]) }
      : null;
  };
  const heard = await (await page.waitForFunction(lastHeights)).jsonValue();
  assert.ok(heard.own > 300, JSON.stringify(heard));
  assert.equal(heard.amp, heard.own);
  assert.equal(heard.pym, heard.own);
  assert.deepEqual(errors, []);
});

test("embed.js reserves about the compact height while the embed loads, a newsroom's words included", async () => {
  const words = 'title="Bitcoin or AI: what a megawatt earns in West Texas this year" notes="Figures are per MW of grid capacity, before taxes; rents from company filings of 2025 and 2026, prices from the network data named below." credit="The Daily Example, data desk"';
  for (const [width, attributes] of [[640, ''], [360, ''], [640, words], [360, words]]) {
    const page = await site.browser.newPage({ viewport: { width: width + 40, height: 900 } });
    const release = await holdWasm(page);
    await page.setContent(
      `<div style="width:${width}px;margin:0 auto"><mining-vs-ai ${attributes}></mining-vs-ai></div><script src="${site.url}embed.js"></script>`,
    );
    const iframe = page.locator('iframe.mining-vs-ai-frame');
    await iframe.waitFor();
    const reserved = (await iframe.boundingBox()).height;
    release();
    const frame = await (await iframe.elementHandle()).contentFrame();
    await frame.locator('main.calculator:not(.shell) canvas').first().waitFor();
    const content = await frame.evaluate(() => document.querySelector('main').getBoundingClientRect().height);
    await page.waitForFunction(
      ([element, wanted]) => Math.abs(element.getBoundingClientRect().height - wanted) <= 1,
      [await iframe.elementHandle(), Math.ceil(content)],
    );
    // The article moves by less than a line or two when the embed reports its height.
    assert.ok(Math.abs(reserved - content) <= 40, `${width} px: reserved ${reserved}, content ${content}`);
    await page.close();
  }
});
