// `make serve`, the README's first command, from nothing: it builds the site into a folder
// of its own (so the other tests' build is neither used nor disturbed), serves it on
// 127.0.0.1:8080, and the calculator works there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { assertPageShows, outputs } from './formulas.mjs';
import { ROOT, launch, openPage } from './support.mjs';

const URL_SERVED = 'http://127.0.0.1:8080/';
const SERVE_DIR = 'target/serve-test';
// A cold release build with wasm-opt takes minutes on two cores.
const BUILD_TIMEOUT_MS = 15 * 60 * 1000;

/** Whether anything answers on `url` with the calculator's page. */
async function servesCalculator(url) {
  try {
    const response = await fetch(url);
    return response.ok && (await response.text()).includes('mining-vs-ai');
  } catch {
    return false;
  }
}

test('make serve builds and serves a working calculator from nothing', { timeout: BUILD_TIMEOUT_MS + 60_000 }, async () => {
  assert.equal(await servesCalculator(URL_SERVED), false, 'port 8080 must be free before the test');
  await rm(resolve(ROOT, SERVE_DIR), { recursive: true, force: true });
  const log = [];
  const server = spawn('make', ['--no-print-directory', 'serve', `SITE_DIR=${SERVE_DIR}`], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [server.stdout, server.stderr]) {
    stream.on('data', (chunk) => log.push(chunk.toString()));
  }
  const exited = new Promise((done) => server.on('exit', (code) => done(code)));
  let browser;
  try {
    const deadline = Date.now() + BUILD_TIMEOUT_MS;
    let ready = false;
    let exitCode;
    exited.then((code) => { exitCode = code; });
    while (!ready && exitCode === undefined && Date.now() < deadline) {
      await new Promise((done) => setTimeout(done, 1000));
      ready = await servesCalculator(URL_SERVED);
    }
    assert.ok(ready, `make serve did not serve the calculator (exit ${exitCode}):\n${log.join('').slice(-4000)}`);
    assert.doesNotMatch(log.join(''), /Failed to minify|\bERROR\b|\bWARN\b/, 'the build log reports no failure');

    browser = await launch();
    const { page, errors } = await openPage(browser, URL_SERVED);
    await page.getByTestId('mining-margin-per-mwh').waitFor();
    await assertPageShows(page, outputs(), assert);
    assert.deepEqual(errors, []);
  } finally {
    await browser?.close();
    // Trunk and its children run in the group `make` leads.
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
    await exited;
  }
});
