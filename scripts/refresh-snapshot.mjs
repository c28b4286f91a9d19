// Refreshes the network data snapshot (data/snapshot.json) from mempool.space's public API:
// the difficulty and the hashrate it implies, the tip's height and the years to the next
// halving, the BTC price, and the fees per block over the last 144 blocks. The snapshot it
// replaces joins the past ones in snapshots-past.json beside it. It writes only when every
// response is well formed and plausible; otherwise it says what is wrong, writes nothing
// and exits non-zero.
//
//   node scripts/refresh-snapshot.mjs [--api https://mempool.space/api] [--date YYYY-MM-DD]
//                                     [--snapshot data/snapshot.json]
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BLOCKS_PER_YEAR = 52_560;
const HALVING_INTERVAL = 210_000;
const SATS_PER_BTC = 1e8;
const FEE_BLOCKS = 144;

/**
 * The ranges the calculator accepts for the figures that become its defaults (the inputs'
 * ranges in src/model/inputs/table.rs, which tests/declarations.rs checks these against): a
 * snapshot outside them is refused here rather than failing the build's tests later.
 */
export const LIMITS = {
  network_hashrate_eh_per_s: [50, 3000],
  btc_price_usd: [1000, 1000000],
  fees_per_block_btc: [0, 2],
};

/** The requests the snapshot is made of, by the name `snapshotFrom` knows them by. */
export const ENDPOINTS = {
  hashrate: '/v1/mining/hashrate/3d',
  tipHeight: '/blocks/tip/height',
  prices: '/v1/prices',
  rewardStats: `/v1/mining/reward-stats/${FEE_BLOCKS}`,
};

function number(value, what, low, high) {
  const parsed = typeof value === 'string' && /^\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  if (typeof parsed !== 'number' || !Number.isFinite(parsed)) {
    throw new Error(`${what}: expected a number, got ${JSON.stringify(value)}`);
  }
  if (parsed < low || parsed > high) {
    throw new Error(`${what}: ${parsed} is outside the plausible ${low} to ${high}`);
  }
  return parsed;
}

/**
 * The snapshot that the responses (parsed JSON, by the names of ENDPOINTS) describe, dated
 * `asOf`; `previous` is the snapshot it replaces, which the new one may not go behind.
 * Throws an Error saying what is wrong with a malformed or implausible response.
 */
export function snapshotFrom(responses, asOf, previous) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error(`date: ${asOf} is not YYYY-MM-DD`);
  const { hashrate, tipHeight, prices, rewardStats } = responses;
  if (hashrate === null || typeof hashrate !== 'object') throw new Error('hashrate: not an object');
  const difficulty = number(hashrate.currentDifficulty, 'difficulty', 1e12, 1e16);
  const height = number(tipHeight, 'block height', previous?.block_height ?? 800_000, 2_000_000);
  if (!Number.isInteger(height)) throw new Error(`block height: ${height} is not a whole number`);
  if (prices === null || typeof prices !== 'object') throw new Error('prices: not an object');
  const price = number(prices.USD, 'BTC price', ...LIMITS.btc_price_usd);
  if (rewardStats === null || typeof rewardStats !== 'object') throw new Error('reward stats: not an object');
  const start = number(rewardStats.startBlock, 'reward stats start block', 0, 2_000_000);
  const end = number(rewardStats.endBlock, 'reward stats end block', start, 2_000_000);
  if (Math.abs(height - end) > 3) {
    throw new Error(`reward stats end at block ${end}, far from the tip ${height}`);
  }
  const blocks = end - start + 1;
  if (Math.abs(blocks - FEE_BLOCKS) > 1) {
    throw new Error(`reward stats: ${blocks} blocks, expected ${FEE_BLOCKS}`);
  }
  const totalFeeSats = number(rewardStats.totalFee, 'reward stats total fee', 0, 1e12);
  const hashrateEh = (difficulty * 2 ** 32) / 600 / 1e18;
  number(hashrateEh, 'hashrate from the difficulty (EH/s)', ...LIMITS.network_hashrate_eh_per_s);
  const fees = number(totalFeeSats / SATS_PER_BTC / blocks, 'fees per block (BTC)', ...LIMITS.fees_per_block_btc);
  const nextHalving = (Math.floor(height / HALVING_INTERVAL) + 1) * HALVING_INTERVAL;
  const round = (value, digits) => Number(value.toFixed(digits));
  const api = 'https://mempool.space/api';
  return {
    as_of: asOf,
    block_height: height,
    difficulty,
    network_hashrate_eh_per_s: round(hashrateEh, 1),
    // To the nearest $100, the step of the calculator's BTC slider, which then sits on it.
    btc_price_usd: Math.round(price / 100) * 100,
    fees_per_block_btc: round(fees, 4),
    years_to_next_halving: round((nextHalving - height) / BLOCKS_PER_YEAR, 2),
    sources: {
      block_height: `${api}${ENDPOINTS.tipHeight}`,
      difficulty: `${api}${ENDPOINTS.hashrate} (currentDifficulty)`,
      network_hashrate_eh_per_s: `derived from the difficulty of ${(difficulty / 1e12).toFixed(2)} T at block ${height.toLocaleString('en-US')}: D x 2^32 / 600 s`,
      btc_price_usd: `${api}${ENDPOINTS.prices} (USD)`,
      fees_per_block_btc: `${api}${ENDPOINTS.rewardStats}: total fees of blocks ${start.toLocaleString('en-US')} to ${end.toLocaleString('en-US')} / ${blocks}`,
      years_to_next_halving: `derived: (${nextHalving.toLocaleString('en-US')} - ${height.toLocaleString('en-US')}) blocks / ${BLOCKS_PER_YEAR.toLocaleString('en-US')} blocks a year`,
    },
  };
}

async function fetchJson(api, path) {
  const response = await fetch(`${api}${path}`, { signal: AbortSignal.timeout(30_000) });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${path}: not JSON: ${text.slice(0, 80)}`);
  }
}

async function main() {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const index = args.indexOf(name);
    return index >= 0 ? args[index + 1] : fallback;
  };
  const api = option('--api', 'https://mempool.space/api');
  const asOf = option('--date', new Date().toISOString().slice(0, 10));
  const path = option('--snapshot', fileURLToPath(new URL('../data/snapshot.json', import.meta.url)));
  const previous = JSON.parse(await readFile(path, 'utf8'));
  const responses = {};
  for (const [name, endpoint] of Object.entries(ENDPOINTS)) {
    responses[name] = await fetchJson(api, endpoint);
  }
  const snapshot = snapshotFrom(responses, asOf, previous);
  // The snapshot replaced joins the past ones beside it, so that links pinned to its date
  // keep their figures; a second refresh on one day replaces that day's snapshot only.
  const pastPath = join(dirname(path), 'snapshots-past.json');
  const past = JSON.parse(await readFile(pastPath, 'utf8'));
  if (!Array.isArray(past)) throw new Error(`${pastPath}: not a list`);
  const kept = snapshot.as_of === previous.as_of ? past : [...past, previous];
  await writeFile(pastPath, `${JSON.stringify(kept, null, 2)}\n`);
  await writeFile(path, `${JSON.stringify(snapshot, null, 2)}\n`);
  console.log(`${path}: as of ${snapshot.as_of}, block ${snapshot.block_height}; ${kept.length} past`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`refresh-snapshot: ${error.message}; the snapshot is unchanged`);
    process.exit(1);
  });
}
