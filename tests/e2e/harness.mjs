// Shared helpers for the end-to-end tests: a small static server for dist/ on 127.0.0.1 and
// Debian's headless Chromium driven by playwright-core (which never downloads a browser).
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist');
export const screenshotDir = join(root, 'target', 'e2e');

/** The command line, which some tests compare the page with: the build the native tests made
 * (`cargo test`, whose profile optimises), so that the test command builds it only once. */
export const cli = process.env.ALLIANCE_LAB_CLI ?? join(root, 'target', 'debug', 'alliance-lab');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.toml': 'text/plain; charset=utf-8',
};

/**
 * Serves dist/ on a free loopback port; resolves to { url, close }. Like a static host set
 * up as the README says, it sends a file's precompressed Brotli or gzip copy (written by the
 * release build) when the browser accepts that encoding, so the tests load those copies.
 */
export async function serveDist() {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = normalize(join(dist, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dist)) {
      res.writeHead(403).end();
      return;
    }
    const accepted = req.headers['accept-encoding'] ?? '';
    const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream', vary: 'accept-encoding' };
    for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
      if (!accepted.includes(encoding)) continue;
      try {
        const body = await readFile(file + suffix);
        res.writeHead(200, { ...headers, 'content-encoding': encoding });
        res.end(body);
        return;
      } catch {
        // No precompressed copy of this file: try the next encoding, then the file itself.
      }
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(r)) };
}

/** Launches Debian's Chromium headless with the flags this closed network needs. */
export async function launchBrowser() {
  await mkdir(screenshotDir, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}

/**
 * Opens the app in a new page and records every console error and uncaught exception. With
 * `{ countDraws: true }` the page counts the draws of every canvas; read them with `draws`.
 */
export async function openApp(browser, url, viewport = { width: 1280, height: 900 }, { countDraws = false } = {}) {
  const page = await browser.newPage({ viewport });
  if (countDraws) await page.addInitScript(installDrawCounter);
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(url);
  await page.waitForSelector('#month');
  return { page, errors };
}

/**
 * Runs in the page before the app: every draw asks its canvas for the 2D context once (the
 * charts through plotters' CanvasBackend, the network view directly), so counting those calls
 * per canvas counts draws without the app marking its canvases for the tests.
 */
function installDrawCounter() {
  const counts = new WeakMap();
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function counted(kind, ...options) {
    if (kind === '2d') counts.set(this, (counts.get(this) ?? 0) + 1);
    return getContext.call(this, kind, ...options);
  };
  window.drawsOf = (canvas) => counts.get(canvas) ?? 0;
}

/** The draws so far of every canvas on a page opened with `{ countDraws: true }`. */
export async function draws(page) {
  return page.$$eval('canvas', (canvases) => canvases.map((c) => window.drawsOf(c)));
}

/** The number of the month the counter shows. */
export async function monthShown(page) {
  const text = await page.textContent('#month');
  return Number(/(?:Month|Maand) (\d+)/.exec(text)[1]);
}

/** How many pixels of a canvas differ from its top-left pixel (the background). */
export async function paintedPixels(page, selector) {
  return page.$eval(selector, (canvas) => {
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2]) painted += 1;
    }
    return painted;
  });
}

/** Starts recording animation-frame timestamps in the page; read them with `stopFrames`. */
export async function startFrames(page) {
  await page.evaluate(() => {
    window.__frames = [];
    window.__longTasks = [];
    window.__recording = true;
    // Long tasks (over 50 ms on the main thread) are what would make the page stutter.
    window.__observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
    });
    window.__observer.observe({ entryTypes: ['longtask'] });
    const tick = (t) => {
      window.__frames.push(t);
      if (window.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** Stops recording and summarises the frame intervals in milliseconds. */
export async function stopFrames(page) {
  const { frames, longTasks } = await page.evaluate(() => {
    window.__recording = false;
    window.__observer.disconnect();
    return { frames: window.__frames, longTasks: window.__longTasks };
  });
  const gaps = frames.slice(1).map((t, i) => t - frames[i]).sort((a, b) => a - b);
  const pick = (q) => gaps[Math.min(gaps.length - 1, Math.floor(q * gaps.length))] ?? 0;
  const mean = gaps.reduce((a, b) => a + b, 0) / Math.max(1, gaps.length);
  return {
    frames: frames.length,
    meanMs: mean,
    p50Ms: pick(0.5),
    p95Ms: pick(0.95),
    maxMs: gaps.at(-1) ?? 0,
    over20Ms: gaps.filter((g) => g > 20).length,
    longTasks: longTasks.length,
    longestTaskMs: Math.max(0, ...longTasks),
  };
}

/** Injects axe-core from node_modules and runs it on the whole page. */
export async function runAxe(page) {
  await page.addScriptTag({ path: join(root, 'node_modules', 'axe-core', 'axe.min.js') });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
    }));
  });
}

/** Waits until the month counter shows at least `month`. */
export async function waitForMonth(page, month, timeout = 60000) {
  await page.waitForFunction(
    (m) => Number(/(?:Month|Maand) (\d+)/.exec(document.querySelector('#month').textContent)[1]) >= m,
    month,
    { timeout },
  );
}

/** Runs the current run to its horizon at the highest speed. */
export async function runToEnd(page, horizon = 120) {
  await page.selectOption('#speed', '3');
  await page.click('#run');
  await waitForMonth(page, horizon);
}

/** Clicks `selector`, waits for the download it starts and resolves to its bytes. */
export async function downloadBytes(page, selector) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const stream = await download.createReadStream();
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

/** Clicks `selector` and resolves to the text of the file it downloads. */
export async function downloadText(page, selector) {
  const { name, bytes } = await downloadBytes(page, selector);
  return { name, text: bytes.toString('utf8') };
}

/**
 * Serves dist/ and launches Chromium before the tests of the calling file and closes both
 * after them; the returned object holds `url` and `browser` once the tests run.
 */
export function useApp() {
  const app = {};
  before(async () => {
    app.server = await serveDist();
    app.url = app.server.url;
    app.browser = await launchBrowser();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}
