// The pages' script before the first paint (scripts/first-paint.mjs): its hash against
// FNV-1a's published test vectors, and the script as the build writes it, run on addresses
// in a stand-in for the page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runInNewContext } from 'node:vm';
import { minify } from 'terser';
import {
  EMBED_OPTION_KEYS, PAGE_OPTION_KEYS, firstPaintScript, fnv1a, scenarioHash,
} from '../../scripts/first-paint.mjs';

test("FNV-1a's 32-bit test vectors", () => {
  assert.equal(fnv1a(''), 0x811c9dc5);
  assert.equal(fnv1a('a'), 0xe40c292c);
  assert.equal(fnv1a('foobar'), 0xbf9cf968);
});

test("a scenario's hash: its pairs sorted, the options left out, none without pairs", () => {
  const hash = (search, keys = PAGE_OPTION_KEYS) => scenarioHash(new URLSearchParams(search), keys);
  assert.equal(hash('mw=50&btc=90000'), fnv1a('btc=90000&mw=50'));
  assert.equal(hash('btc=90000&theme=dark&mw=50&embed=1'), hash('mw=50&btc=90000'));
  assert.equal(hash('title=Ours&btc=1', EMBED_OPTION_KEYS), hash('btc=1', EMBED_OPTION_KEYS));
  assert.notEqual(hash('title=Ours&btc=1'), hash('btc=1'), 'the page takes no newsroom words');
  assert.equal(hash('theme=dark&embed=1'), null);
  assert.equal(hash(''), null);
});

/** Runs `script` on a page at `search`; returns the root's attributes and what it set on
 * the window. */
function run(script, search) {
  const attributes = {};
  const window = {};
  runInNewContext(script, {
    window,
    location: { search },
    URLSearchParams,
    Math,
    document: { documentElement: { setAttribute: (name, value) => { attributes[name] = value; } } },
  });
  return { attributes, window };
}

test('the script, readable and minified, marks another scenario, sets an embed\'s theme, and says where the rest is', async () => {
  const defaultQuery = 'asof=2026-06-26&mw=100&btc=60500';
  for (const embed of [false, true]) {
    const readable = firstPaintScript({ embed, restModule: './rest.js', defaultQuery });
    const { code: minified } = await minify(readable, { compress: { passes: 2 }, mangle: true });
    for (const script of [readable, minified]) {
      assert.deepEqual(run(script, `?${defaultQuery}`).attributes, {}, 'the default scenario');
      assert.deepEqual(run(script, '?btc=60500&mw=100&asof=2026-06-26&theme=dark').attributes,
        embed ? { 'data-theme': 'dark' } : {}, 'the default, in another order, dark');
      assert.deepEqual(run(script, '').attributes, {}, 'no scenario');
      assert.deepEqual(run(script, '?mw=50&bg=transparent').attributes,
        embed ? { 'data-scenario': 'other', 'data-bg': 'transparent' } : { 'data-scenario': 'other' });
      assert.equal(typeof run(script, '').window.mvaImportRest, 'function');
    }
  }
});
