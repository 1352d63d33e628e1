// The browser side of the ensemble benchmark: a timed page in headless Chromium that runs
// 1,000 runs of the default scenario in one ensemble Web Worker (the app's own worker from
// dist/, with its statistics request), interleaved round by round with the same ensemble run
// natively by the release CLI on one thread, so that both meet the same machine load. Prints
// medians and the browser/native ratios; then times the app's own 1,000-run ensemble with 1
// and N workers (formerly an end-to-end "test"). docs/PERFORMANCE.md reports the figures.
// Nothing is asserted: timings depend on the machine.
//
// Needs `make build` (dist/) and `cargo build --release` (the CLI). Run `make bench-browser`.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseToml } from 'smol-toml';
import { launchBrowser, serveDist } from '../tests/e2e/harness.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const scenarioPath = `${root}scenarios/default.toml`;
const cli = `${root}target/release/alliance-lab`;
const RUNS = 1000;
const WARM_UP_ROUNDS = 10;
const ROUNDS = 15;

/** Milliseconds of one native ensemble: the CLI on one thread, process start included. */
function native() {
  const started = process.hrtime.bigint();
  execFileSync(cli, ['ensemble', scenarioPath, '--runs', String(RUNS)], {
    env: { ...process.env, RAYON_NUM_THREADS: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return Number(process.hrtime.bigint() - started) / 1e6;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const server = await serveDist();
const browser = await launchBrowser();
const page = await browser.newPage();
// A bare page of the app's origin, so that only the worker runs: no app, no charts.
await page.route(`${server.url}bench.html`, (route) =>
  route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Ensemble benchmark</title>' }));
await page.goto(`${server.url}bench.html`);
await page.evaluate(async () => {
  // The worker's loader waits for its compiled module, which the app compiles once for all
  // workers (src/ui/worker_pool.rs); the benchmark does the same.
  const module = await WebAssembly.compileStreaming(fetch('./worker_bg.wasm'));
  const worker = new Worker('./worker_loader.js');
  worker.postMessage(module);
  let waiting = null;
  worker.onmessage = (event) => {
    if (typeof event.data === 'string' && event.data.includes('"progress"')) return;
    waiting?.(event.data);
  };
  const next = () => new Promise((resolve) => { waiting = resolve; });
  const ready = next();
  // One ensemble as the app runs it with one worker: the runs, then the statistics request
  // with the trace batch transferred back. Resolves to the wall time and the worker's own.
  window.ensemble = async (scenario, firstSeed, runs, id) => {
    const started = performance.now();
    let reply = next();
    worker.postMessage(JSON.stringify({ id, run: { scenario, first_seed: firstSeed, runs } }));
    const batch = await reply;
    if (typeof batch === 'string') throw new Error(batch);
    const runMs = new DataView(batch).getFloat64(20, true);
    reply = next();
    worker.postMessage([JSON.stringify({ id: id + 1, stats: { arms: [0] } }), batch], [batch]);
    const stats = JSON.parse(await reply);
    if (!stats.stats) throw new Error(JSON.stringify(stats));
    return { wall: performance.now() - started, worker: runMs + stats.stats.compute_ms };
  };
  return ready;
});

// The worker reads JSON only, as the app sends it.
const parsed = parseToml(readFileSync(scenarioPath, 'utf8'));
const scenario = JSON.stringify(parsed);
const seed = Number(parsed.seed);
const rounds = [];
for (let round = 0; round < WARM_UP_ROUNDS + ROUNDS; round += 1) {
  const browserMs = await page.evaluate(
    ([text, firstSeed, runs, id]) => window.ensemble(text, firstSeed, runs, id),
    [scenario, seed, RUNS, 2 * round + 1],
  );
  const nativeMs = native();
  if (round >= WARM_UP_ROUNDS) rounds.push({ ...browserMs, native: nativeMs });
}
await page.close();

const wall = median(rounds.map((r) => r.wall));
const worker = median(rounds.map((r) => r.worker));
const cliMs = median(rounds.map((r) => r.native));
const fixed = (x) => x.toFixed(1);
console.log(`${RUNS} runs of the default scenario, medians of ${ROUNDS} interleaved rounds after ${WARM_UP_ROUNDS} warm-up rounds:`);
console.log(`  Chromium, one worker, request to statistics: ${fixed(wall)} ms (the worker's own compute ${fixed(worker)} ms)`);
console.log(`  native CLI, one thread, process start included: ${fixed(cliMs)} ms`);
console.log(`  ratio wasm/native: ${(wall / cliMs).toFixed(2)} (worker's compute alone: ${(worker / cliMs).toFixed(2)})`);

// The app's own ensemble, as a visitor runs it: 1,000 runs with 1 and N workers (N the
// cores, at most 4), first at once after the pool is ready, then warm. The page is watched
// from outside, by a script installed before the app starts: each Worker the app creates
// reports its ready message, its trace batches' compute time (the f64 at byte 20 of the
// header) and its statistics' compute time, so the app carries nothing for the benchmark.
function watchWorkers() {
  window.workerWatch = { ready: 0, batches: [], statsMs: 0 };
  const NativeWorker = window.Worker;
  window.Worker = class WatchedWorker extends NativeWorker {
    constructor(...args) {
      super(...args);
      // Registered before the app's own handler, so a batch is read before the app
      // transfers it to the statistics worker.
      this.addEventListener('message', ({ data }) => {
        if (data instanceof ArrayBuffer) {
          window.workerWatch.batches.push({ worker: this, ms: new DataView(data).getFloat64(20, true) });
        } else if (typeof data === 'string' && data.includes('"ready"')) {
          window.workerWatch.ready += 1;
        } else if (typeof data === 'string' && data.includes('"stats"')) {
          window.workerWatch.statsMs = JSON.parse(data).stats.compute_ms;
        }
      });
    }
  };
}

/**
 * Runs an ensemble in the app and resolves to the milliseconds its status line reports and
 * the workers' own: the busiest worker's runs plus the statistics.
 */
async function appEnsemble(appPage, runs) {
  await appPage.evaluate(() => { window.workerWatch.batches = []; });
  await appPage.fill('#ensemble-runs', String(runs));
  await appPage.click('#ensemble-run');
  await appPage.waitForFunction(
    () => / ms with \d+ workers?/.test(document.querySelector('#ensemble-status').textContent),
    null,
    { timeout: 120000 },
  );
  const status = await appPage.textContent('#ensemble-status');
  const workerMs = await appPage.evaluate(() => {
    const perWorker = new Map();
    for (const { worker: w, ms } of window.workerWatch.batches) perWorker.set(w, (perWorker.get(w) ?? 0) + ms);
    return Math.max(0, ...perWorker.values()) + window.workerWatch.statsMs;
  });
  return { page: Number(/in (\d+) ms/.exec(status)[1]), worker: Math.round(workerMs) };
}

const appPage = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await appPage.addInitScript(watchWorkers);
await appPage.goto(server.url);
await appPage.waitForSelector('#month');
const cores = await appPage.evaluate(() => navigator.hardwareConcurrency);
const most = Math.min(4, Math.max(1, cores));
for (const workers of [...new Set([1, most])]) {
  // The worker count is a stored setting: choose it, then reload so that the pool starts
  // with the page, as it does for a visitor, and wait until every worker reported ready.
  await appPage.selectOption('#ensemble-workers', String(workers === 1 ? most : 1));
  await appPage.selectOption('#ensemble-workers', String(workers));
  const loading = Date.now();
  await appPage.reload();
  await appPage.waitForFunction((n) => window.workerWatch?.ready >= n, workers);
  const readyMs = Date.now() - loading;
  const first = await appEnsemble(appPage, RUNS);
  // V8 finishes optimising the worker's code on background threads within a second or two
  // of the page loading; a visitor reading the page gives it that time before the next run.
  await appPage.waitForTimeout(2000);
  const warm = [];
  for (let i = 0; i < 5; i += 1) warm.push(await appEnsemble(appPage, RUNS));
  const list = (key) => warm.map((w) => w[key]).join(', ');
  console.log(`the app, ${RUNS} runs with ${workers} worker(s): ready ${readyMs} ms after reload; first at once after ready `
    + `${first.page} ms (workers ${first.worker} ms), warm (2 s later) median ${median(warm.map((w) => w.page))} ms `
    + `(${list('page')}), workers' own median ${median(warm.map((w) => w.worker))} ms (${list('worker')})`);
}
await browser.close();
await server.close();
