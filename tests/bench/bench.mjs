// The benchmark: sizes of the built site (what the widget and the page load before their
// first slider answers, and the rest they load on demand), time to first chart over fresh
// page loads (and, on an emulated phone on a slow network, until a slider responds, and
// from a click on More, "Over N years" or a download to what it shows, with and without the
// rest loaded in the background), input-to-repaint latency while a slider is dragged
// (unthrottled and with the CPU throttled 4x), in today's view and in the years view, the
// same to the redrawn decision map, which is computed after the figures, and the model's
// criterion figures. With BENCH_BASELINE set to another built site (an earlier commit's),
// the phone's loads and the 4x latencies are measured on it too, in the same run. Prints
// one Markdown table, and writes it at the end of docs/performance.md.
//
//   [BENCH_BASELINE=folder] node tests/bench/bench.mjs [site folder, dist/ by default]
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import {
  BUDGET_GZIP_BYTES, MOUNTED_FILES, PAGE_CEILING_GZIP_BYTES, PAGE_FILES, REST_FILES, WIDGET_FILES,
  filesTotal,
  siteSizes,
} from '../e2e/sizes.mjs';
import { DIST, ROOT, launch, saveData, serve } from '../e2e/support.mjs';

const PAGE_LOADS = 12;
const SLIDER_INPUTS = 240;
const COMPUTE_RUNS = 30;

/** Nearest-rank percentile of `values`, 0-100. */
function percentile(values, rank) {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((rank / 100) * sorted.length) - 1));
  return sorted[index];
}

const ms = (value) => `${value.toFixed(1)} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

// Records when each chart drawing ends, and which chart it was (its canvas' test id; the
// canvas draws text in every chart, and a microtask runs once the drawing callback
// returns), and when each input event happened, both on the page's clock, which starts at
// navigation.
function instrument() {
  window.benchmark = { draws: [], inputs: [], layoutShift: 0 };
  const addShifts = (entries) => {
    for (const shift of entries) window.benchmark.layoutShift += shift.value;
  };
  const shifts = new PerformanceObserver((list) => addShifts(list.getEntries()));
  shifts.observe({ type: 'layout-shift', buffered: true });
  // The shifts of every frame rendered so far, those not yet delivered included.
  window.benchmark.settledShift = () =>
    new Promise((resolve) => {
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          addShifts(shifts.takeRecords());
          resolve(window.benchmark.layoutShift);
        }),
      );
    });
  const context = CanvasRenderingContext2D.prototype;
  const fillText = context.fillText;
  let drawing = false;
  context.fillText = function (...args) {
    if (!drawing) {
      drawing = true;
      const chart = this.canvas.dataset.testid;
      queueMicrotask(() => {
        drawing = false;
        window.benchmark.draws.push({ at: performance.now(), chart });
      });
    }
    return fillText.apply(this, args);
  };
  document.addEventListener('input', (event) => window.benchmark.inputs.push(event.timeStamp), true);
}

async function timeToFirstChart(browser, url) {
  const times = [];
  const shifts = [];
  for (let load = 0; load < PAGE_LOADS; load += 1) {
    // A new context each time: an empty cache, as for a first visit.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(instrument);
    await page.goto(url);
    await page.waitForFunction(() => window.benchmark.draws.length > 0);
    times.push(await page.evaluate(() => window.benchmark.draws[0].at));
    shifts.push(await page.evaluate(() => window.benchmark.settledShift()));
    await context.close();
  }
  return { times, shifts };
}

// A phone on a slow mobile network, emulated over the DevTools protocol: 150 ms of latency,
// 1.6 Mbit/s down, 750 kbit/s up, the CPU slowed 4x, a 360 px wide screen.
const PHONE_LOADS = 5;
const PHONE_NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: 1.6e6 / 8,
  uploadThroughput: 750e3 / 8,
};

/** A first visit on the phone: a fresh context (an empty cache) of its size, its network
 * and its CPU, with the page instrumented; resolves to { context, page }. */
async function openOnPhone(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, ...options });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', PHONE_NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(instrument);
  return { context, page };
}

/** Over `PHONE_LOADS` first visits of `url` on the phone, served gzip-compressed: when the
 * first chart is on screen (the static shell's drawing counts: the first paint, which has
 * it, or else the app's first canvas drawing) and when a slider responds (the first input
 * once the app has taken over, answered on screen), both from navigation. */
async function phoneLoads(browser, url) {
  const firstChart = [];
  const sliderResponds = [];
  for (let load = 0; load < PHONE_LOADS; load += 1) {
    const { context, page } = await openOnPhone(browser);
    await page.addInitScript(() => {
      window.benchmark.firstPaint = null;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.name === 'first-contentful-paint') {
            window.benchmark.firstPaint = {
              at: entry.startTime,
              chart: document.querySelector('.shell .canvas-box > svg') !== null,
            };
          }
        }
      }).observe({ type: 'paint', buffered: true });
    });
    await page.goto(url);
    const slider = page.locator('main.calculator:not(.shell) [data-testid=slider-btc]');
    await slider.waitFor();
    const headline = page.locator('[data-testid=headline]');
    const before = await headline.textContent();
    await slider.fill('120000');
    // The moment the page shows the answer to the input, on its own clock, checked every
    // frame.
    await page.waitForFunction(
      (text) => {
        if (document.querySelector('[data-testid=headline]').textContent === text) return false;
        window.benchmark.respondedAt ??= performance.now();
        return true;
      },
      before,
      { polling: 'raf' },
    );
    sliderResponds.push(await page.evaluate(() => window.benchmark.respondedAt));
    await page.waitForFunction(() => window.benchmark.firstPaint !== null || window.benchmark.draws.length > 0);
    firstChart.push(
      await page.evaluate(() => {
        const { firstPaint, draws } = window.benchmark;
        return firstPaint?.chart ? firstPaint.at : draws[0].at;
      }),
    );
    await context.close();
  }
  return { firstChart, sliderResponds };
}

/** On the phone, over `PHONE_LOADS` first visits of the widget at `url` each: the time from
 * a click on More to its map drawn, on "Over N years" to the cash chart drawn, and on the
 * chart's SVG download to the file, with the rest loaded in the background first
 * (`prefetched`) or not (Save-Data: the click loads it). Clicks are timed from the test
 * driver, which adds its round trip, some milliseconds. */
async function phoneOnDemand(browser, url, prefetched) {
  const times = { more: [], years: [], download: [] };
  const actions = {
    more: { click: '[data-testid=more] > summary', chart: 'map' },
    years: { click: '[data-testid=view-years]', chart: 'cash-chart' },
    download: { click: '[data-testid=chart-svg]' },
  };
  for (const [name, action] of Object.entries(actions)) {
    for (let load = 0; load < PHONE_LOADS; load += 1) {
      const { context, page } = await openOnPhone(browser, { acceptDownloads: true });
      if (!prefetched) await page.addInitScript(saveData);
      await page.goto(url);
      await page.locator('main.calculator:not(.shell) [data-testid=slider-btc]').waitFor();
      // Loaded in the background: the full calculator has taken over (its cards, under More).
      if (prefetched) await page.locator('[data-testid=ai-margin-per-mwh]').waitFor({ state: 'attached', timeout: 60_000 });
      const clicked = Date.now();
      if (action.chart) {
        const at = await page.evaluate(() => performance.now());
        await page.locator(action.click).click();
        // Checked every frame: the chart on screen and drawn (loaded in the background, it
        // may have been drawn before it was shown).
        const shownAt = await page.waitForFunction(
          (chart) => {
            const canvas = document.querySelector(`canvas[data-testid="${chart}"]`);
            const drawn = window.benchmark.draws.some((draw) => draw.chart === chart);
            return canvas?.checkVisibility() && drawn ? performance.now() : false;
          },
          action.chart,
          { timeout: 60_000, polling: 'raf' },
        );
        times[name].push((await shownAt.jsonValue()) - at);
      } else {
        await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.locator(action.click).click()]);
        times[name].push(Date.now() - clicked);
      }
      await context.close();
    }
  }
  return times;
}

/** Times `compute()` in the page, `throttling` times slowed: it computes the decision, the
 * paths, the tornado of each view and the decision map, more than one update of the map
 * and the tornado does, so an upper bound of that update's work. */
async function computeTimes(browser, url, throttling) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  // The full calculator's module, as the page imports it.
  await page.evaluate(async () => {
    window.fullModule = await window.mvaImportRest();
    await window.fullModule.default();
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttling });
  const times = await page.evaluate((runs) => {
    const measured = [];
    for (let run = 0; run < runs; run += 1) {
      const start = performance.now();
      window.fullModule.compute({ btc: 60000 + run * 1000 });
      measured.push(performance.now() - start);
    }
    return measured;
  }, COMPUTE_RUNS);
  await context.close();
  return times;
}

/** Drags the slider `testid` to and fro and pairs each input with the first redraw of the
 * chart `chart` (a canvas' test id) after it. */
async function inputLatencies(browser, url, throttling, testid, chart) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(instrument);
  await page.goto(url);
  // The full calculator, once it has taken over from the first screen (its advanced
  // inputs, which only it has), with the chart drawn.
  await page.getByTestId('advanced').waitFor({ state: 'attached' });
  await page.waitForFunction((wanted) => window.benchmark.draws.some((draw) => draw.chart === wanted), chart);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttling });
  // The controls may sit below the fold: a drag outside the viewport moves nothing.
  await page.getByTestId(testid).scrollIntoViewIfNeeded();
  const box = await page.getByTestId(testid).boundingBox();
  const y = box.y + box.height / 2;
  const from = box.x + 8;
  const to = box.x + box.width - 8;
  await page.mouse.move(from, y);
  await page.mouse.down();
  let forward = true;
  for (let count = 0; count < SLIDER_INPUTS; ) {
    for (let x = forward ? from : to; forward ? x <= to : x >= from; x += forward ? 2 : -2) {
      await page.mouse.move(x, y);
    }
    forward = !forward;
    const before = count;
    count = await page.evaluate(() => window.benchmark.inputs.length);
    if (count === before) throw new Error(`dragging ${testid} gave no input events`);
  }
  // The last input in the middle of the slider, a value no result shown so far had (the
  // map shows a result once the slider pauses, and a result equal to the one shown is not
  // drawn again).
  await page.mouse.move((from + to) / 2, y);
  await page.mouse.up();
  // Until the chart has been redrawn after the last input.
  await page.waitForFunction(
    (wanted) => window.benchmark.draws.some(
      (draw) => draw.chart === wanted && draw.at >= window.benchmark.inputs.at(-1),
    ),
    chart,
    { timeout: 10_000 },
  );
  const { draws, inputs } = await page.evaluate((wanted) => ({
    draws: window.benchmark.draws.filter((draw) => draw.chart === wanted).map((draw) => draw.at),
    inputs: window.benchmark.inputs,
  }), chart);
  await context.close();
  return inputs
    .map((input) => draws.find((draw) => draw >= input) - input)
    .filter((latency) => Number.isFinite(latency));
}

function criterion() {
  const output = execFileSync('cargo', ['bench', '--bench', 'model'], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return [...output.matchAll(/^(.+?)\s+time:\s+\[(\S+ \S+) (\S+ \S+) (\S+ \S+)\]/gm)].map(
    (match) => ({ name: match[1].trim(), low: match[2], estimate: match[3], high: match[4] }),
  );
}

const site = process.argv[2] ? resolve(process.argv[2]) : DIST;
const baselineSite = process.env.BENCH_BASELINE ? resolve(process.env.BENCH_BASELINE) : null;
const sizes = siteSizes(site);
const total = filesTotal(sizes, WIDGET_FILES);
const pageTotal = filesTotal(sizes, PAGE_FILES);
const restTotal = filesTotal(sizes, REST_FILES);
const mountedTotal = filesTotal(sizes, MOUNTED_FILES);
const server = await serve(site);
const browser = await launch();
const { times: firstChart, shifts } = await timeToFirstChart(browser, server.url);
const unthrottled = await inputLatencies(browser, server.url, 1, 'slider-btc', 'chart');
const throttled = await inputLatencies(browser, server.url, 4, 'slider-btc', 'chart');
// The decision view recomputes both paths and the break-even's bisection on every input.
// The power price with the operator paying for it moves the convert line at every step
// (the BTC price would not, where keep mining is idle and the chart stays as it is).
const yearsPath = '?view=years&passthru=0';
const yearsUnthrottled = await inputLatencies(browser, `${server.url}${yearsPath}`, 1, 'slider-power', 'cash-chart');
const yearsThrottled = await inputLatencies(browser, `${server.url}${yearsPath}`, 4, 'slider-power', 'cash-chart');
// The map of the same view: 24 x 12 projections and each row's break-even, after the
// figures, in slices, then drawn.
const mapUnthrottled = await inputLatencies(browser, `${server.url}${yearsPath}`, 1, 'slider-power', 'map');
const mapThrottled = await inputLatencies(browser, `${server.url}${yearsPath}`, 4, 'slider-power', 'map');
const computeUnthrottled = await computeTimes(browser, server.url, 1);
const computeThrottled = await computeTimes(browser, server.url, 4);
const gzipServer = await serve(site, '/', { gzip: true });
const phonePage = await phoneLoads(browser, gzipServer.url);
const phoneWidget = await phoneLoads(browser, `${gzipServer.url}embed/`);
const onDemandPrefetched = await phoneOnDemand(browser, `${gzipServer.url}embed/`, true);
const onDemandAsked = await phoneOnDemand(browser, `${gzipServer.url}embed/`, false);
await gzipServer.close();
let baseline = null;
if (baselineSite) {
  const baselineServer = await serve(baselineSite, '/', { gzip: true });
  baseline = {
    phonePage: await phoneLoads(browser, baselineServer.url),
    phoneWidget: await phoneLoads(browser, `${baselineServer.url}embed/`),
    throttled: await inputLatencies(browser, baselineServer.url, 4, 'slider-btc', 'chart'),
    yearsThrottled: await inputLatencies(browser, `${baselineServer.url}${yearsPath}`, 4, 'slider-power', 'cash-chart'),
  };
  await baselineServer.close();
}
await browser.close();
await server.close();
const model = criterion();

const machine = `${cpus().length} x ${cpus()[0]?.model.trim() ?? 'unknown CPU'}`;
const row = (what, values, runs) => `| ${what} | ${ms(percentile(values, 50))} | ${ms(percentile(values, 95))} | ${values.length} ${runs} |`;
const before = (what, pick) => (baseline ? [row(`${what}, on the baseline site`, pick(baseline), 'runs')] : []);
const lines = [
  `Benchmark of ${new Date().toISOString().slice(0, 10)} on ${machine}, headless Chromium.`,
  '',
  '| what | median | 95th percentile | runs |',
  '|---|---|---|---|',
  row("desktop: navigation to the first chart on its canvas", firstChart, 'page loads'),
  row('phone (150 ms, 1.6 Mbit/s, CPU 4x, gzip): time to first chart, full page', phonePage.firstChart, 'page loads'),
  row('same: until a slider responds, full page', phonePage.sliderResponds, 'page loads'),
  ...before('same: until a slider responds, full page', (b) => b.phonePage.sliderResponds),
  row('same: time to first chart, widget', phoneWidget.firstChart, 'page loads'),
  row('same: until a slider responds, widget', phoneWidget.sliderResponds, 'page loads'),
  ...before('same: until a slider responds, widget', (b) => b.phoneWidget.sliderResponds),
  row('same, widget, the rest loaded in the background: click on More to its map drawn', onDemandPrefetched.more, 'page loads'),
  row('same, the rest not loaded (Save-Data): click on More to its map drawn', onDemandAsked.more, 'page loads'),
  row('same, loaded: click on "Over 15 years" to its chart drawn', onDemandPrefetched.years, 'page loads'),
  row('same, not loaded: click on "Over 15 years" to its chart drawn', onDemandAsked.years, 'page loads'),
  row("same, loaded: click on the chart's SVG to the file", onDemandPrefetched.download, 'page loads'),
  row("same, not loaded: click on the chart's SVG to the file", onDemandAsked.download, 'page loads'),
  `| layout shift while loading (CLS) | ${percentile(shifts, 50).toFixed(3)} | ${percentile(shifts, 95).toFixed(3)} | ${shifts.length} page loads |`,
  row('slider input to redrawn chart', unthrottled, 'inputs'),
  row('same, CPU throttled 4x', throttled, 'inputs'),
  ...before('same, CPU throttled 4x', (b) => b.throttled),
  row('years view, map and tornado on the page: power slider input to redrawn cash chart', yearsUnthrottled, 'inputs'),
  row('same, CPU throttled 4x', yearsThrottled, 'inputs'),
  ...before('same, CPU throttled 4x', (b) => b.yearsThrottled),
  row('years view: power slider input to redrawn decision map (and tornado)', mapUnthrottled, 'inputs'),
  row('same, CPU throttled 4x', mapThrottled, 'inputs'),
  row('compute() in the page: decision, paths, both tornadoes and the map (more than one update of the map and tornado)', computeUnthrottled, 'calls'),
  row('same, CPU throttled 4x', computeThrottled, 'calls'),
  ...model.map(
    ({ name, low, estimate, high }) => `| model: ${name} | ${estimate} | (${low} to ${high}) | criterion |`,
  ),
  '',
  '| file | raw | gzip | brotli |',
  '|---|---|---|---|',
  ...sizes.map(({ name, raw, gzip, brotli }) => {
    const parts = [
      WIDGET_FILES.includes(name) && 'widget',
      PAGE_FILES.includes(name) && 'page',
      MOUNTED_FILES.includes(name) && 'mounted',
      REST_FILES.includes(name) && 'on demand',
    ].filter(Boolean);
    const mark = parts.length ? ` (${parts.join(', ')})` : '';
    return `| ${name}${mark} | ${kb(raw)} | ${kb(gzip)} | ${kb(brotli)} |`;
  }),
  `| **widget, before its first slider answers** (${total.files} files) | ${kb(total.raw)} | **${kb(total.gzip)}** | ${kb(total.brotli)} |`,
  `| budget (size-budget.json) | | ${kb(BUDGET_GZIP_BYTES)} | |`,
  `| **full page, before its first slider answers** (${pageTotal.files} files) | ${kb(pageTotal.raw)} | **${kb(pageTotal.gzip)}** | ${kb(pageTotal.brotli)} |`,
  `| budget (size-budget.json) | | ${kb(PAGE_CEILING_GZIP_BYTES)} | |`,
  `| **a widget mounted with widget.js, before its first slider answers** (${mountedTotal.files} files) | ${kb(mountedTotal.raw)} | **${kb(mountedTotal.gzip)}** | ${kb(mountedTotal.brotli)} |`,
  `| **the rest, on demand, for all three** (${restTotal.files} files) | ${kb(restTotal.raw)} | **${kb(restTotal.gzip)}** | ${kb(restTotal.brotli)} |`,
];
console.log(lines.join('\n'));

// The table replaces the last one in docs/performance.md, after its marker: the docs show
// the latest run, and the commit that changes the figures says what moved them.
const PERFORMANCE_DOC = resolve(ROOT, 'docs/performance.md');
const MARKER = '<!-- Written by make bench (tests/bench/bench.mjs): everything after this line. -->';
const doc = readFileSync(PERFORMANCE_DOC, 'utf8');
const at = doc.indexOf(MARKER);
if (at < 0) {
  throw new Error(`docs/performance.md has no marker: ${MARKER}`);
}
writeFileSync(PERFORMANCE_DOC, `${doc.slice(0, at + MARKER.length)}\n${lines.join('\n')}\n`);
console.log('\nWritten into docs/performance.md.');
