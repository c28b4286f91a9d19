// The snapshot refresh, on synthetic responses in the documented shapes of mempool.space's
// endpoints: the arithmetic by hand, and loud failure (non-zero, nothing written) on a
// malformed or implausible response.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENDPOINTS, snapshotFrom } from '../../scripts/refresh-snapshot.mjs';

const here = (name) => fileURLToPath(new URL(name, import.meta.url));
const SCRIPT = here('../../scripts/refresh-snapshot.mjs');
// The snapshot the recorded responses follow (the first one), not the repository's, which a
// refresh moves on.
const PREVIOUS = here('previous-snapshot.json');
const RECORDED = {
  hashrate: 'hashrate-3d.json',
  tipHeight: 'tip-height.json',
  prices: 'prices.json',
  rewardStats: 'reward-stats-144.json',
};

async function recorded() {
  const responses = {};
  for (const [name, file] of Object.entries(RECORDED)) {
    responses[name] = JSON.parse(await readFile(here(file), 'utf8'));
  }
  return responses;
}

test('the recorded responses give the snapshot computed by hand', async () => {
  const snapshot = snapshotFrom(await recorded(), '2026-06-26', { block_height: 955_000 });
  // 133.87e12 x 2^32 / 600 s = 9.5826e20 H/s.
  assert.equal(snapshot.network_hashrate_eh_per_s, 958.3);
  assert.equal(snapshot.difficulty, 133.87e12);
  assert.equal(snapshot.block_height, 955_584);
  assert.equal(snapshot.btc_price_usd, 60_500);
  // 432,000,000 sats over 144 blocks.
  assert.equal(snapshot.fees_per_block_btc, 0.03);
  // (1,050,000 - 955,584) / 52,560 = 1.796.
  assert.equal(snapshot.years_to_next_halving, 1.8);
  assert.equal(snapshot.as_of, '2026-06-26');
  for (const field of ['block_height', 'difficulty', 'network_hashrate_eh_per_s', 'btc_price_usd', 'fees_per_block_btc', 'years_to_next_halving']) {
    assert.ok(snapshot.sources[field], `${field} has a source`);
  }
});

test('the price is rounded to $100, the step of the BTC slider', async () => {
  const good = await recorded();
  for (const [usd, rounded] of [[60_549, 60_500], [60_550, 60_600], [1_234, 1_200]]) {
    const snapshot = snapshotFrom({ ...good, prices: { USD: usd } }, '2026-06-26', { block_height: 955_000 });
    assert.equal(snapshot.btc_price_usd, rounded, `${usd}`);
  }
});

test('malformed or implausible responses are refused with the reason', async () => {
  const good = await recorded();
  const cases = [
    [{ ...good, hashrate: null }, /hashrate: not an object/],
    [{ ...good, hashrate: { ...good.hashrate, currentDifficulty: 'many' } }, /difficulty: expected a number/],
    [{ ...good, hashrate: { ...good.hashrate, currentDifficulty: 1e9 } }, /difficulty: .* outside/],
    // 2,000 T is a difficulty, but a hashrate of ~14,300 EH/s, beyond what the calculator takes.
    [{ ...good, hashrate: { ...good.hashrate, currentDifficulty: 2e15 } }, /hashrate from the difficulty/],
    [{ ...good, tipHeight: 900_000 }, /block height: .* outside/],
    [{ ...good, tipHeight: 955_584.5 }, /not a whole number/],
    [{ ...good, prices: { USD: 0 } }, /BTC price: 0 is outside/],
    [{ ...good, prices: { USD: 500 } }, /BTC price: 500 is outside/],
    [{ ...good, prices: { EUR: 50_000 } }, /BTC price: expected a number/],
    [{ ...good, rewardStats: { ...good.rewardStats, startBlock: 955_575 } }, /10 blocks, expected 144/],
    [{ ...good, rewardStats: { ...good.rewardStats, totalFee: '-5' } }, /total fee: expected a number/],
    [{ ...good, rewardStats: { ...good.rewardStats, totalFee: '1e20' } }, /total fee: expected a number/],
    // 300 BTC over 144 blocks: 2.08 BTC a block, above the 2 the calculator takes.
    [{ ...good, rewardStats: { ...good.rewardStats, totalFee: '30000000000' } }, /fees per block .* outside/],
    [{ ...good, rewardStats: { ...good.rewardStats, startBlock: 955_600, endBlock: 955_500 } }, /end block/],
    [{ ...good, rewardStats: { ...good.rewardStats, startBlock: 955_341, endBlock: 955_484 } }, /far from the tip/],
  ];
  for (const [responses, reason] of cases) {
    assert.throws(() => snapshotFrom(responses, '2026-06-26', { block_height: 955_000 }), reason);
  }
  assert.throws(() => snapshotFrom(good, 'June 26', {}), /not YYYY-MM-DD/);
});

/** Serves the recorded responses, with `override` replacing some bodies, on 127.0.0.1. */
async function api(override = {}) {
  const bodies = {};
  for (const [name, path] of Object.entries(ENDPOINTS)) {
    bodies[`/api${path}`] = override[name] ?? (await readFile(here(RECORDED[name]), 'utf8'));
  }
  const server = createServer((request, response) => {
    const body = bodies[request.url];
    response.writeHead(body === undefined ? 404 : 200, { 'content-type': 'application/json' });
    response.end(body ?? '');
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${server.address().port}/api`, close: () => server.close() };
}

function run(args) {
  return new Promise((done) => {
    execFile(process.execPath, [SCRIPT, ...args], (error, stdout, stderr) => {
      done({ code: error ? error.code : 0, stdout, stderr });
    });
  });
}

test('the script writes the snapshot, or fails loudly and writes nothing', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'snapshot-'));
  const path = join(folder, 'snapshot.json');
  const pastPath = join(folder, 'snapshots-past.json');
  await copyFile(PREVIOUS, path);
  await writeFile(pastPath, '[]\n');
  const before = await readFile(path, 'utf8');

  const broken = await api({ prices: '<html>rate limited</html>' });
  const failed = await run(['--api', broken.url, '--date', '2026-11-23', '--snapshot', path]);
  broken.close();
  assert.equal(failed.code, 1);
  assert.match(failed.stderr, /prices: not JSON.*the snapshot is unchanged/s);
  assert.equal(await readFile(path, 'utf8'), before, 'nothing written');
  assert.equal(await readFile(pastPath, 'utf8'), '[]\n', 'nothing written');

  const working = await api();
  // The recorded tip is the first snapshot's block: the refreshed file may not go behind it.
  const refreshed = await run(['--api', working.url, '--date', '2026-11-23', '--snapshot', path]);
  working.close();
  assert.equal(refreshed.code, 0, refreshed.stderr);
  const written = JSON.parse(await readFile(path, 'utf8'));
  assert.equal(written.as_of, '2026-11-23');
  assert.equal(written.network_hashrate_eh_per_s, 958.3);
  // The snapshot it replaced is kept, for links pinned to its date.
  assert.deepEqual(JSON.parse(await readFile(pastPath, 'utf8')), [JSON.parse(before)]);

  // A second refresh the same day replaces that day's snapshot and keeps no copy of it.
  const again = await api();
  const rerun = await run(['--api', again.url, '--date', '2026-11-23', '--snapshot', path]);
  again.close();
  assert.equal(rerun.code, 0, rerun.stderr);
  assert.deepEqual(JSON.parse(await readFile(pastPath, 'utf8')), [JSON.parse(before)]);
});
