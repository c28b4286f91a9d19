// Embeds and links that keep their numbers across a data refresh. The test command builds a
// second site on a refreshed snapshot (tests/e2e/refreshed-data.mjs: every figure the
// defaults take moved, the repository's snapshot kept among the past ones); a snippet or a
// link made on today's site must show the same numbers there, and one without pins must
// follow the new data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { SNAPSHOT, assertPageShows, dateText, outputs } from './formulas.mjs';
import { refreshed } from './refreshed-data.mjs';
import { ROOT, openPage, serve, siteAndBrowser } from './support.mjs';

const today = siteAndBrowser();
const REFRESHED_SITE = resolve(ROOT, 'target/site-refreshed');
const NEW = refreshed(SNAPSHOT);

/** The outputs the formulas give for `overrides` on the refreshed data's defaults. */
function refreshedOutputs(overrides = {}) {
  return outputs({
    btc: NEW.btc_price_usd,
    hashrate: NEW.network_hashrate_eh_per_s,
    fees: NEW.fees_per_block_btc,
    ...overrides,
  });
}

test("a pinned embed keeps its numbers when the data are refreshed; an unpinned one follows them", async () => {
  const later = await serve(REFRESHED_SITE);
  try {
    const { page, errors } = await openPage(today.browser, `${today.url}?power=35&deal=hut8-fluidstack`);
    await page.getByTestId('embed').click();
    const pinnedIframe = await page.getByTestId('embed-iframe').inputValue();
    assert.ok(await page.getByTestId('embed-pin').isChecked(), 'pinned by default');
    await page.getByTestId('embed-pin').uncheck();
    await page.getByTestId('embed-pin-hint').getByText('follow the latest data').waitFor();
    const followingIframe = await page.getByTestId('embed-iframe').inputValue();

    const queryOf = (snippet) => new URL(snippet.match(/src="([^"]+)"/)[1].replaceAll('&amp;', '&')).search;
    const pinned = queryOf(pinnedIframe);
    const following = queryOf(followingIframe);
    assert.match(pinned, new RegExp(`[?&]asof=${SNAPSHOT.as_of}&`));
    assert.doesNotMatch(following, /asof=/);

    // The scenario on today's data, by the formulas: River Bend's first-year rate.
    const riverBend = { power: 35, mw: 294, lease: 128, passthru: true };
    const host = await openPage(today.browser, `${later.url}${pinned}`);
    await host.page.getByTestId('ai-margin-per-mwh').waitFor();
    await assertPageShows(host.page, outputs(riverBend), assert);
    assert.equal(await host.page.getByTestId('as-of').getAttribute('data-pinned'), SNAPSHOT.as_of);
    assert.match(await host.page.getByTestId('as-of').textContent(), /^Figures as of .*the latest data are of/);

    const follower = await openPage(today.browser, `${later.url}${following}`);
    await follower.page.getByTestId('ai-margin-per-mwh').waitFor();
    await assertPageShows(follower.page, refreshedOutputs(riverBend), assert);
    assert.equal(await follower.page.getByTestId('as-of').getAttribute('data-pinned'), null);
    assert.match(await follower.page.getByTestId('as-of').textContent(), new RegExp(`^Network data as of ${dateText(NEW.as_of)}:.*follow the latest data`));
    assert.deepEqual([...errors, ...host.errors, ...follower.errors], []);
  } finally {
    await later.close();
  }
});

test('a pinned link lacking a key takes the pinned snapshot\'s default; an unknown date, the latest', async () => {
  const later = await serve(REFRESHED_SITE);
  try {
    const old = await openPage(today.browser, `${later.url}?asof=${SNAPSHOT.as_of}&power=35`);
    await old.page.getByTestId('ai-margin-per-mwh').waitFor();
    await assertPageShows(old.page, outputs({ power: 35 }), assert);

    const unknown = await openPage(today.browser, `${later.url}?asof=2001-01-03&power=35`);
    await unknown.page.getByTestId('ai-margin-per-mwh').waitFor();
    await assertPageShows(unknown.page, refreshedOutputs({ power: 35 }), assert);
    assert.equal(await unknown.page.getByTestId('as-of').getAttribute('data-pinned'), null);
    assert.deepEqual([...old.errors, ...unknown.errors], []);
  } finally {
    await later.close();
  }
});
