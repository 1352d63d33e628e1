// Loading: the release build's precompressed copies are what a static host sends, the page
// shows its title and a progress indicator before the simulation's module has arrived, and
// on a slow connection (Fast 3G, 4x slower CPU) the times to first content and to a usable
// Run button are measured and printed, never asserted: they depend on the machine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { useApp, startFrames, stopFrames, waitForMonth, monthShown } from './harness.mjs';

const app = useApp();
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

test('every text and wasm file of the build has Brotli and gzip copies that unpack to it', () => {
  const files = readdirSync(dist).filter((f) => ['.html', '.js', '.css', '.wasm', '.svg'].includes(extname(f)));
  assert.ok(files.some((f) => f.endsWith('.wasm')), `the build has wasm: ${files}`);
  const sizes = [];
  for (const name of files) {
    const original = readFileSync(join(dist, name));
    assert.deepEqual(brotliDecompressSync(readFileSync(join(dist, `${name}.br`))), original, `${name}.br`);
    assert.deepEqual(gunzipSync(readFileSync(join(dist, `${name}.gz`))), original, `${name}.gz`);
    sizes.push(`${name} ${original.length} B, br ${readFileSync(join(dist, `${name}.br`)).length} B`);
  }
  console.log(sizes.join('\n'));
});

test('the page shows its title and progress before the module arrives, then the app', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // Hold the app's module back: the placeholder must be what the page shows meanwhile.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/web-[0-9a-f]+_bg\.wasm$/, async (route) => { await held; await route.continue(); });
  await page.goto(app.url, { waitUntil: 'domcontentloaded' });
  assert.match(await page.textContent('#loading h1'), /Alliance Lab/);
  assert.ok(await page.isVisible('#loading progress'), 'a progress indicator shows');
  release();
  await page.waitForSelector('#run');
  assert.equal(await page.$('#loading'), null, 'the placeholder is gone once the app runs');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a simulation module that does not arrive is a message in the placeholder, not endless loading', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.route(/web-[0-9a-f]+_bg\.wasm$/, (route) => route.abort('connectionfailed'));
  await page.goto(app.url, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('#loading .loading-error');
  assert.match(await page.textContent('#loading .loading-error'),
    /^The simulation could not start \(.+\)\. Reload the page to try again\.$/);
  assert.equal(await page.$('#loading progress'), null, 'the progress bar no longer promises anything');
  await context.close();
});

test('the placeholder speaks Dutch where the app will: ?lang=nl, or a Dutch browser', async () => {
  for (const [url, locale] of [[`${app.url}?lang=nl`, 'en-US'], [app.url, 'nl-NL']]) {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, locale });
    const page = await context.newPage();
    await page.route(/web-[0-9a-f]+_bg\.wasm$/, (route) => route.abort('connectionfailed'));
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    assert.equal(await page.getAttribute('html', 'lang'), 'nl', `${url} in ${locale}`);
    assert.match(await page.textContent('#loading-about'), /^Simuleer hoe de partners van een alliantie/);
    await page.waitForSelector('#loading .loading-error');
    assert.match(await page.textContent('#loading .loading-error'),
      /^De simulatie kon niet starten \(.+\)\. Laad de pagina opnieuw om het nog eens te proberen\.$/);
    await context.close();
  }
});

test('a browser without WebAssembly SIMD is told what it needs instead of loading for ever', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // Such a browser's WebAssembly.validate refuses the SIMD module the placeholder checks, and
  // the app's module never starts in it (here it is held back, as it would fail to compile).
  await page.route(/web-[0-9a-f]+_bg\.wasm$/, (route) => route.abort('connectionfailed'));
  await page.addInitScript(() => {
    const validate = WebAssembly.validate;
    WebAssembly.validate = (bytes) => (new Uint8Array(bytes).includes(253) ? false : validate(bytes));
  });
  await page.goto(app.url, { waitUntil: 'domcontentloaded' });
  assert.match(await page.textContent('#loading [role=status]'),
    /^This browser cannot run the simulation: it needs a recent browser \(Chrome or Edge 91, Firefox 89, Safari 16\.4 or later\)\.$/);
  await context.close();
});

/**
 * Slows the page's CPU 4 times and, with `fast3g`, its network to Chromium DevTools' "Fast
 * 3G": 562.5 ms latency, about 166 KB/s down and 76 KB/s up.
 */
async function slowDown(context, page, { fast3g = false } = {}) {
  const cdp = await context.newCDPSession(page);
  if (fast3g) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: 562.5, downloadThroughput: (1.44 * 1024 * 1024) / 8 * 0.9, uploadThroughput: (675 * 1024) / 8 * 0.9,
    });
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

test('on Fast 3G with a 4x slower CPU: first content and a usable Run button (measured)', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await slowDown(context, page, { fast3g: true });
  const started = Date.now();
  await page.goto(app.url, { waitUntil: 'commit' });
  await page.waitForSelector('#loading h1', { timeout: 60000 });
  const content = Date.now() - started;
  await page.waitForSelector('#run:not([disabled])', { timeout: 120000 });
  const usable = Date.now() - started;
  const paint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
  console.log(`Fast 3G, 4x CPU: placeholder shown after ${content} ms (first contentful paint ${Math.round(paint)} ms), Run usable after ${usable} ms`);
  assert.ok(paint !== null, 'the page painted content');
  await context.close();
});

test('on Fast 3G with a 4x slower CPU: an ensemble started at once fetches the workers\' module once (measured)', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const fetched = [];
  context.on('request', (request) => {
    if (request.url().endsWith('.wasm')) fetched.push(new URL(request.url()).pathname);
  });
  await slowDown(context, page, { fast3g: true });
  const started = Date.now();
  await page.goto(app.url, { waitUntil: 'commit' });
  await page.waitForSelector('#ensemble-run:not([disabled])', { timeout: 120000 });
  const usable = Date.now() - started;
  await page.fill('#ensemble-runs', '200');
  await page.click('#ensemble-run');
  await page.waitForFunction(() => / ms with \d+ workers?/.test(document.querySelector('#ensemble-status').textContent), null, { timeout: 120000 });
  const done = Date.now() - started;
  const workers = Number((await page.textContent('#ensemble-status')).match(/with (\d+) workers?/)[1]);
  const workerModules = fetched.filter((path) => path.endsWith('/worker_bg.wasm')).length;
  console.log(`Fast 3G, 4x CPU: ensemble button usable after ${usable} ms, 200 runs done after ${done} ms with ${workers} workers; worker wasm fetched ${workerModules} times`);
  assert.equal(workerModules, 1, `the page compiles the workers' module once for ${workers} workers: ${fetched}`);
  await context.close();
});

test('the ensemble workers start by themselves only near the ensemble panel and not during a live run', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const fetched = [];
  context.on('request', (request) => {
    if (request.url().endsWith('/worker_bg.wasm')) fetched.push(Date.now());
  });
  await page.goto(app.url);
  await page.waitForSelector('#month');
  // The pool may start 1.5 s after the page, and waits at most 5 s more for an idle moment.
  await page.waitForTimeout(7000);
  assert.deepEqual(fetched, [], 'no worker module fetched while the visitor is far from the ensemble panel');
  // At the slowest speed (4 months a second) the run outlasts the wait.
  await page.selectOption('#speed', '0');
  await page.click('#run');
  await page.locator('#ensemble').scrollIntoViewIfNeeded();
  await page.waitForTimeout(6000);
  assert.ok((await monthShown(page)) < 120, 'the run still goes on');
  assert.deepEqual(fetched, [], 'no worker module fetched during the run');
  const paused = Date.now();
  await page.click('#pause');
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.endsWith('/worker_bg.wasm')), null, { timeout: 10000 });
  assert.equal(fetched.length, 1, 'the workers\' module is fetched once');
  console.log(`worker module fetched ${fetched[0] - paused} ms after the pause`);
  await context.close();
});

test('a live run at the highest speed with a 4x slower CPU: frame times and long tasks (measured)', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(app.url);
  await page.waitForSelector('#month');
  await slowDown(context, page);
  await page.selectOption('#speed', '3');
  // The pointer reaches the button before it is pressed, as a person's does: page.click would
  // move and press in one task, which adds the moving's events to the click's task.
  await page.hover('#run');
  await page.waitForTimeout(300);
  await startFrames(page);
  const started = Date.now();
  await page.mouse.down();
  await page.mouse.up();
  await waitForMonth(page, 120, 120000);
  const seconds = (Date.now() - started) / 1000;
  const frames = await stopFrames(page);
  console.log(`4x CPU, highest speed: month 120 after ${seconds.toFixed(1)} s;`,
    JSON.stringify(frames, (k, v) => (typeof v === 'number' ? Math.round(v) : v)));
  assert.ok(frames.frames > 0);
  await context.close();
});
