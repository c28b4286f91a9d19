// docs/model.md's formulas, written again in JavaScript so the end-to-end tests check the page
// against an independent computation rather than against the Rust model itself.
import { readFileSync } from 'node:fs';

/** The network data snapshot the build takes the BTC price, hashrate and fees from. */
export const SNAPSHOT = JSON.parse(readFileSync(new URL('../../data/snapshot.json', import.meta.url), 'utf8'));

/** A YYYY-MM-DD date as the page writes it: "26 June 2026". */
export function dateText(isoDate) {
  const [year, month, day] = isoDate.split('-').map(Number);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
    'September', 'October', 'November', 'December'];
  return `${day} ${months[month - 1]} ${year}`;
}

// The defaults of every input, checked against the declarations by a Rust test; those of
// the decision over time (years to minebuild) are not used by these formulas yet.
export const DEFAULTS = {
  mw: 100, power: 40, btc: SNAPSHOT.btc_price_usd, hashrate: SNAPSHOT.network_hashrate_eh_per_s,
  subsidy: 3.125, fees: SNAPSHOT.fees_per_block_btc, pool: 2,
  eff: 18, mpue: 1.05, uptime: 95, ai: 'lease', lease: 150, passthru: true, gpu: 2.35,
  gpukw: 1.4, util: 85, apue: 1.2,
  years: 15, rate: 15, airate: 8, halving: SNAPSHOT.years_to_next_halving, btcg: 0, hashg: 0,
  powerg: 0, mopex: 60000, asicrem: 2, neweff: 16, asic: 8, asiclife: 4, capex: 10, hallife: 20,
  asicsale: 3, tenant: 0, build: 1.5, esc: 3, term: 15, landlord: 3,
  haircut: 0, exitcap: 0, gpucost: 30000, gpulife: 5, gpudecl: 15, resid: 10, gpuopex: 10,
  minebuild: false,
};

/**
 * Scenario `seed` of the one generator the end-to-end tests draw scenarios from: every key
 * of DEFAULTS (every input and choice), each number moved from its default by a factor of
 * 0.5 to 1.5 (a default of zero to between 0 and 5), to three significant figures, and each
 * choice drawn; a value beyond an input's range is the page's to clamp. Deterministic
 * (xorshift32), so that a failure names its seed.
 */
export function scenarioOf(seed) {
  let state = seed >>> 0 || 1;
  const random = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 2 ** 32;
  };
  return Object.fromEntries(Object.entries(DEFAULTS).map(([key, value]) => {
    if (key === 'ai') return [key, random() < 0.5 ? 'lease' : 'gpu'];
    if (typeof value === 'boolean') return [key, random() < 0.5 ? 1 : 0];
    const moved = value === 0 ? random() * 5 : value * (0.5 + random());
    return [key, Number(moved.toPrecision(3))];
  }));
}

/** Outputs that only the full page shows, in its check of the article's claims. */
export const PAGE_ONLY_OUTPUTS = ['ai-revenue-per-it-mwh'];

/** Every output the page shows as a data-value, keyed by data-testid. */
export function outputs(overrides = {}) {
  const s = { ...DEFAULTS, ...overrides };
  const hashprice = (144 * (s.subsidy + s.fees) * s.btc) / (s.hashrate * 1000);
  const miningRevenue = (hashprice * (1 - s.pool / 100)) / (0.024 * s.eff * s.mpue);
  const miningMargin = miningRevenue - s.power;
  const miningHours = 8760 * (s.uptime / 100);
  const gpusPerMw = 1000 / (s.gpukw * s.apue);
  const aiRevenue =
    s.ai === 'lease' ? (s.lease * 1000) / 730 / s.apue : gpusPerMw * s.gpu * (s.util / 100);
  const aiPowerCost = s.ai === 'lease' && s.passthru ? 0 : s.power;
  const aiMargin = aiRevenue - aiPowerCost;
  const miningMwYear = miningMargin * miningHours;
  const aiMwYear = aiMargin * 8760;
  const breakevenBtc = ((aiMwYear / miningHours + s.power) * s.btc) / miningRevenue;
  return {
    'margin-gap-mw-year': aiMwYear - miningMwYear,
    hashprice,
    'mining-revenue-per-mwh': miningRevenue,
    'mining-power-cost-per-mwh': s.power,
    'mining-margin-per-mwh': miningMargin,
    'mining-margin-mw-year': miningMwYear,
    'mining-margin-site-year': miningMwYear * s.mw,
    'ai-revenue-per-mwh': aiRevenue,
    'ai-power-cost-per-mwh': aiPowerCost,
    'ai-margin-per-mwh': aiMargin,
    'ai-margin-mw-year': aiMwYear,
    'ai-margin-site-year': aiMwYear * s.mw,
    'ai-revenue-per-it-mwh': aiRevenue * s.apue,
    'breakeven-btc': breakevenBtc,
    'breakeven-btc-after-halving': (breakevenBtc * (s.subsidy + s.fees)) / (s.subsidy / 2 + s.fees),
    'breakeven-hashprice': (hashprice * breakevenBtc) / s.btc,
    // A GPU cloud's margin leaves its GPUs out: no ratio is claimed for it.
    ...(s.ai === 'lease' ? { 'ai-to-mining-ratio': aiMwYear / miningMwYear } : {}),
  };
}

/** Asserts each data-value on the page is within 1e-9 (relative) of `expected`. */
export async function assertPageShows(page, expected, assert) {
  // The article check is the full page's alone: an embed sits in another article.
  const compact = (await page.locator('main.calculator.compact').count()) > 0;
  for (const [testid, value] of Object.entries(expected)) {
    if (compact && PAGE_ONLY_OUTPUTS.includes(testid)) continue;
    const figure = page.getByTestId(testid);
    const raw = Number(await figure.getAttribute('data-value'));
    assert.ok(
      Math.abs(raw - value) <= 1e-9 * Math.abs(value),
      `${testid}: page ${raw}, formulas ${value}`,
    );
    const shown = await figure.textContent();
    assert.doesNotMatch(shown, /\bNaN\b|\binf(inity)?\b/i, `${testid}: ${shown}`);
  }
}

/** docs/model.md's T0, from `tests/common/t0.query`, which the Rust tests read too: the site,
 * and every key of Bitcoin's and the lease's formulas set, so that their defaults do not
 * matter; numbers as numbers. */
export const T0 = Object.fromEntries(
  [...new URLSearchParams(readFileSync(new URL('../common/t0.query', import.meta.url), 'utf8').trim())]
    .map(([key, value]) => [key, key === 'ai' ? value : Number(value)]),
);

/** A query string of `config` for the years view, `view=years` first. */
export function yearsQuery(config) {
  return `?view=years&${new URLSearchParams(Object.entries(config).map(([key, value]) => [key, String(value)]))}`;
}
