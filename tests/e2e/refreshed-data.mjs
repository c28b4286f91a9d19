// Writes a data folder as a refresh would leave it after the repository's snapshot: a newer
// snapshot whose figures all moved, and the repository's snapshot kept among the past ones.
// `MVA_DATA_DIR=<that folder> make site` builds the site on it, so that the tests can check
// that pinned links keep their numbers across a data refresh.
//
//   node tests/e2e/refreshed-data.mjs <folder>
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const data = fileURLToPath(new URL('../../data/', import.meta.url));

/** The refreshed snapshot: a week later, every figure the defaults take moved. */
export function refreshed(current) {
  const date = new Date(`${current.as_of}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 7);
  return {
    ...current,
    as_of: date.toISOString().slice(0, 10),
    btc_price_usd: current.btc_price_usd + 10_000,
    network_hashrate_eh_per_s: current.network_hashrate_eh_per_s + 100,
    fees_per_block_btc: current.fees_per_block_btc + 0.02,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const folder = resolve(process.argv[2]);
  const current = JSON.parse(await readFile(join(data, 'snapshot.json'), 'utf8'));
  const past = JSON.parse(await readFile(join(data, 'snapshots-past.json'), 'utf8'));
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'snapshot.json'), `${JSON.stringify(refreshed(current), null, 2)}\n`);
  await writeFile(join(folder, 'snapshots-past.json'), `${JSON.stringify([...past, current], null, 2)}\n`);
}
