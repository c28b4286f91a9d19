// Hostile values through every entry point: the query string, embed attributes,
// postMessage, compute() and mount() configs, and typed input. The widget must always
// render finite numbers within the inputs' ranges.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { numberIn, openPage, siteAndBrowser } from './support.mjs';

const site = siteAndBrowser();

/** Hostile texts, as they would arrive in a URL, an attribute or a text box. */
const HOSTILE_TEXTS = [
  'NaN', 'Infinity', '-Infinity', '1e309', '-1e309', '-0', '-5', '1e308', '', ' ', 'abc',
  '0x10', '1,2,3', '١٢٣', '\u202e42', '<script>', '"quoted"', '9'.repeat(10240),
];
/** Hostile JavaScript values, for messages and configs. */
const HOSTILE_VALUES = [
  Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, -5, 1e308,
  Number.MAX_VALUE, '', 'abc', '9'.repeat(10240), null, true, [1], { value: 1 },
];

/** Every data-value on the page is finite, and no text reads NaN or Infinity. */
async function assertSane(frame, label) {
  const values = await frame.evaluate(() =>
    [...document.querySelectorAll('[data-value]')].map((element) => element.dataset.value),
  );
  // The ratio and the break-even prices are absent where there is none.
  assert.ok(values.length >= 12, `${label}: the outputs are there`);
  for (const value of values) assert.ok(Number.isFinite(Number(value)), `${label}: ${value}`);
  const text = await frame.evaluate(() => document.body.innerText);
  assert.doesNotMatch(text, /NaN|Infinity|undefined/, label);
  const btc = await numberIn(frame.getByTestId('number-btc'));
  assert.ok(btc >= 1000 && btc <= 1000000, `${label}: BTC ${btc}`);
}

test('hostile query strings', async () => {
  const { page, errors } = await openPage(site.browser, 'about:blank');
  for (const text of HOSTILE_TEXTS) {
    const value = encodeURIComponent(text);
    // Request lines are limited in size: the 10 KB value goes in once.
    const others = text.length > 100 ? 'power=1' : `power=${value}&ai=${value}&preset=${value}`;
    await page.goto(`${site.url}?btc=${value}&${others}&btc=1`);
    await page.getByTestId('ai-margin-per-mwh').waitFor({ state: 'attached' });
    await assertSane(page, `URL ${text.slice(0, 12)}`);
  }
  const many = Array.from({ length: 500 }, (_, index) => `k${index}=${index}`).join('&');
  await page.goto(`${site.url}?${many}&btc=90000`);
  await page.getByTestId('ai-margin-per-mwh').waitFor({ state: 'attached' });
  await assertSane(page, 'URL with 500 keys');
  assert.deepEqual(errors, []);
});

test('hostile embed attributes and postMessage scenarios', async () => {
  const { page, errors } = await openPage(site.browser, `${site.url}embed-demo.html`);
  const placeholders = HOSTILE_TEXTS.map((text) => {
    const attribute = text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
    return `<mining-vs-ai btc="${attribute}" power="${attribute}" mw="${attribute}" ai="${attribute}"></mining-vs-ai>`;
  }).join('');
  await page.setContent(`<!DOCTYPE html><title>Host</title><body>${placeholders}<script src="embed.js"></script></body>`);
  const iframes = page.locator('iframe');
  await iframes.nth(HOSTILE_TEXTS.length - 1).waitFor({ state: 'attached' });
  for (let index = 0; index < HOSTILE_TEXTS.length; index += 1) {
    await iframes.nth(index).scrollIntoViewIfNeeded();
    const frame = await (await iframes.nth(index).elementHandle()).contentFrame();
    await frame.getByTestId('ai-margin-per-mwh').waitFor({ state: 'attached' });
    await assertSane(frame, `attribute ${HOSTILE_TEXTS[index].slice(0, 12)}`);
  }

  const frame = await (await iframes.first().elementHandle()).contentFrame();
  for (const [index, value] of HOSTILE_VALUES.entries()) {
    // The last message carries a site size of its own: once the embed shows it, it has
    // handled every message before it too.
    const mw = 101 + index;
    await page.evaluate(([sent, marker]) => {
      const target = document.querySelector('iframe').contentWindow;
      target.postMessage(sent, '*');
      target.postMessage({ type: 'mining-vs-ai:set', scenario: sent }, '*');
      target.postMessage({ type: 'mining-vs-ai:set', scenario: { btc: sent, power: sent, ai: sent, mw: marker } }, '*');
    }, [value, mw]);
    // The iframe may be out of view, where it may get no animation frames: poll on a timer.
    await frame.waitForFunction(
      (marker) => document.querySelector('[data-testid=number-mw]').value === String(marker),
      mw,
      { polling: 50 },
    );
    await assertSane(frame, `message ${String(value).slice(0, 12)}`);
  }
  assert.deepEqual(errors, []);
});

test('hostile compute() and mount() configs', async () => {
  const { page, errors } = await openPage(site.browser, `${site.url}api-demo.html`);
  await page.locator('#widget [data-testid=ai-margin-per-mwh]').waitFor({ state: 'attached' });
  const results = await page.evaluate(async (values) => {
    const { compute, mount } = await import('./mining-vs-ai.js');
    const hostile = [
      ...values.map((value) => ({ btc: value, power: value, mw: value, ai: value, passthru: value })),
      Object.fromEntries(Array.from({ length: 500 }, (_, index) => [`k${index}`, index])),
      new Proxy({}, { ownKeys: () => { throw new Error('trap'); } }),
      Object.defineProperty({}, 'btc', { enumerable: true, get: () => { throw new Error('getter'); } }),
    ];
    const outcomes = [];
    for (const config of hostile) {
      for (const call of [
        () => compute(config),
        () => {
          const host = document.createElement('div');
          document.body.append(host);
          const handle = mount(host, config);
          return { handle, host };
        },
      ]) {
        try {
          const result = call();
          if (result.handle) {
            // Until the widget shows its numbers, for at most 5 s.
            const shownBy = performance.now() + 5000;
            while (!result.host.querySelector('[data-testid=ai-margin-per-mwh]') && performance.now() < shownBy) {
              await new Promise((resolve) => requestAnimationFrame(resolve));
            }
            const shown = [...result.host.querySelectorAll('[data-value]')].map((element) => element.dataset.value);
            result.handle.destroy();
            result.host.remove();
            outcomes.push({ kind: 'mounted', values: shown });
          } else {
            // The outputs, every figure of every year, the gain on each path, every bar of
            // both tornadoes and every number of the map.
            const { years, paths, tornado, map, ...outputs } = result;
            const bars = [...tornado.today, ...tornado.years];
            const values = [
              ...Object.values(outputs),
              ...years.flatMap((year) => Object.values(year)),
              ...Object.values(paths),
              ...bars.flatMap(({ input, label, ...numbers }) => Object.values(numbers)),
              ...map.btc, ...map.y, ...map.gaps.flat(), ...map.breakevens,
            ];
            outcomes.push({ kind: 'computed', values: values.filter((value) => value !== null) });
          }
        } catch (error) {
          outcomes.push({ kind: 'error', message: `${error.message}` });
        }
      }
    }
    return outcomes;
  }, HOSTILE_VALUES);
  for (const outcome of results) {
    if (outcome.kind === 'error') {
      assert.match(outcome.message, /config must be an object/);
    } else {
      assert.ok(outcome.values.length >= 12, outcome.kind);
      for (const value of outcome.values) assert.ok(Number.isFinite(Number(value)), `${outcome.kind}: ${value}`);
    }
  }
  assert.ok(results.filter((outcome) => outcome.kind === 'error').length >= 4, 'trapping objects throw');
  assert.deepEqual(errors, []);
});

test('hostile typed input', async () => {
  const { page, errors } = await openPage(site.browser, site.url);
  await page.getByTestId('ai-margin-per-mwh').waitFor({ state: 'attached' });
  for (const text of HOSTILE_TEXTS) {
    for (const box of ['number-btc', 'number-power', 'number-mw']) {
      await page.getByTestId(box).fill(text);
      await page.getByTestId(box).press('Tab');
    }
    await assertSane(page, `typed ${text.slice(0, 12)}`);
  }
  assert.deepEqual(errors, []);
});
