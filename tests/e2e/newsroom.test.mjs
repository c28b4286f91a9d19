// A newsroom's own words on the embed (title, notes, credit): in the frame's address, the
// script embed's attributes, mount()'s config and the Embed button's fields; shown as text,
// cut to their length, kept through the hand-over and the address's rewrites, and repeated
// by the downloads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openPage, siteAndBrowser, takenOver } from './support.mjs';

const site = siteAndBrowser();

const TITLE = 'Is <b>AI</b> worth more than Bitcoin? & why';
const NOTES = 'Figures are per MW\nof grid capacity.';
const CREDIT = 'The Daily Example';

/** What the embed shows of the words. */
async function shown(root) {
  return {
    title: (await root.getByTestId('embed-title').textContent()).trim(),
    notes: await root.getByTestId('newsroom-notes').textContent(),
    source: await root.getByTestId('source-line').textContent(),
  };
}

const EXPECTED = {
  title: TITLE,
  notes: 'Figures are per MW of grid capacity.',
  source: /^Chart: The Daily Example\. Source: Mining vs AI calculator; /,
};

function assertShown(words, where) {
  assert.equal(words.title, EXPECTED.title, `${where}: the title, as text`);
  assert.equal(words.notes, EXPECTED.notes, `${where}: the notes on one line`);
  assert.match(words.source, EXPECTED.source, `${where}: the credit before the source`);
}

test("the embed shows a newsroom's words as text on its first screen and after the hand-over, keeps them in its address, and its downloads repeat them", async () => {
  const query = new URLSearchParams({ title: TITLE, notes: NOTES, credit: CREDIT, mw: '50' });
  const { page, errors } = await openPage(site.browser, `${site.url}embed/?${query}`, { width: 640, height: 900 }, { acceptDownloads: true });
  await page.locator('main.calculator:not(.shell)').waitFor();
  assertShown(await shown(page), 'first screen');
  assert.equal(await page.locator('.embed-title b').count(), 0, 'no markup');
  await page.getByTestId('slider-btc').fill('90000');
  await takenOver(page);
  assertShown(await shown(page), 'full calculator');
  // The address keeps them through the rewrites, beside the scenario.
  await page.waitForFunction(() => new URLSearchParams(location.search).get('btc') === '90000');
  const address = new URLSearchParams(new URL(page.url()).search);
  assert.equal(address.get('title'), TITLE);
  assert.equal(address.get('notes'), EXPECTED.notes);
  assert.equal(address.get('credit'), CREDIT);
  // A download: the newsroom's title above the chart's, its notes and credit below.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('chart-svg').click()]);
  const svg = await readFile(await download.path(), 'utf8');
  const words = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map(([, text]) =>
    text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&'));
  assert.equal(words[0], TITLE);
  assert.ok(words[1].startsWith('Margin per MW a year against the BTC price.'), words[1]);
  assert.ok(words.includes(EXPECTED.notes), 'the notes below the chart');
  assert.match(words.slice(words.indexOf(EXPECTED.notes) + 1).join(' '), EXPECTED.source);
  assert.deepEqual(errors, []);
});

test('words longer than their length are cut with an ellipsis, and an embed without words shows its own', async () => {
  const long = `${'word '.repeat(30)}end`;
  const { page, errors } = await openPage(site.browser, `${site.url}embed/?${new URLSearchParams({ title: long })}`, { width: 360, height: 800 });
  await page.locator('main.calculator:not(.shell)').waitFor();
  const title = (await page.getByTestId('embed-title').textContent()).trim();
  assert.ok(title.length <= 100 && title.endsWith('word\u2026'), title);
  // The sentinel: the same page without words.
  await page.goto(`${site.url}embed/`);
  await page.locator('main.calculator:not(.shell)').waitFor();
  assert.equal((await page.getByTestId('embed-title').textContent()).trim(), 'What is a megawatt worth?');
  assert.equal(await page.getByTestId('newsroom-notes').isVisible(), false);
  assert.match(await page.getByTestId('source-line').textContent(), /^Source: /);
  assert.deepEqual(errors, []);
});

test("mount() and the script embed take the words too, and the Embed button's fields write them into both snippets", async () => {
  const { page, errors } = await openPage(site.browser, `${site.url}widget-demo.html`);
  await page.evaluate(async ([title, notes, credit]) => {
    const { default: init, mount } = await import('./widget.js');
    await init();
    const element = document.createElement('div');
    element.id = 'newsroom';
    document.body.append(element);
    mount(element, { title, notes, credit, btc: 70000 });
  }, [TITLE, NOTES, CREDIT]);
  const mounted = page.locator('#newsroom');
  await mounted.locator('main.calculator:not(.shell)').waitFor();
  assertShown(await shown(mounted), 'mounted, first screen');
  await mounted.getByTestId('view-years').click();
  await mounted.getByTestId('cash-chart').waitFor();
  assertShown(await shown(mounted), 'mounted, full calculator');

  const { page: calculator } = await openPage(site.browser, `${site.url}?btc=90000`);
  await calculator.getByTestId('embed').click();
  await calculator.getByTestId('embed-word-title').fill(TITLE);
  await calculator.getByTestId('embed-word-notes').fill(NOTES);
  await calculator.getByTestId('embed-word-credit').fill(CREDIT);
  const script = await calculator.getByTestId('embed-script').inputValue();
  const iframe = await calculator.getByTestId('embed-iframe').inputValue();
  assert.match(script, /title="Is &lt;b&gt;AI&lt;\/b&gt; worth more than Bitcoin\? &amp; why"/);
  const host = await openPage(site.browser, `${site.url}embed-demo.html`);
  await host.page.setContent(`<!DOCTYPE html><title>Host</title><body>${script}${iframe}</body>`);
  const frames = host.page.locator('iframe');
  await frames.nth(1).waitFor();
  for (let index = 0; index < 2; index += 1) {
    const frame = await (await frames.nth(index).elementHandle()).contentFrame();
    await frame.locator('main.calculator:not(.shell)').waitFor();
    assertShown(await shown(frame), `snippet ${index}`);
  }
  assert.deepEqual([...errors, ...host.errors], []);
});
