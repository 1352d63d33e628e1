// A trainer's session in a real headless Chromium: edit a partner, switch the coordination
// style mid-run, fire a shock, run to month 120, read the phase panel and the event log,
// check accessibility with axe-core, and save screenshots at desktop and phone widths.
// Frame times are measured and printed, never asserted: they depend on the machine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  useApp, openApp, monthShown, paintedPixels, screenshotDir, startFrames, stopFrames, runAxe, draws,
} from './harness.mjs';

const app = useApp();

/** Waits until the month counter shows at least `month`. */
async function waitForMonth(page, month, timeout = 60000) {
  await page.waitForFunction(
    (m) => Number(/Month (\d+)/.exec(document.querySelector('#month').textContent)[1]) >= m,
    month,
    { timeout },
  );
}

test('a trainer edits, steers, shocks and runs the alliance to month 120', async () => {
  const { page, errors } = await openApp(app.browser, app.url);

  // Edit the first partner: a new name and size; the note says it applies at Reset.
  await page.fill('#p0-name', 'Big Aid');
  await page.locator('#p0-size').fill('0.3');
  assert.match(await page.textContent('.partners .note'), /next Reset/);
  await page.click('#reset');
  assert.equal(await monthShown(page), 0);
  assert.match(await page.textContent('#network-summary'), /partners still in/);
  const names = await page.$$eval('.chips .chip', (chips) => chips.map((c) => c.textContent));
  assert.ok(names.includes('Big Aid'), `the edited name is used after Reset: ${names}`);

  // The turbulence slider says what its level means: the share of months a shock hits.
  assert.equal(await page.textContent('#turbulence-now'), 'At this level a random shock hits in about 2 % of months.');
  await page.locator('#turbulence').fill('0.5');
  assert.equal(await page.textContent('#turbulence-now'), 'At this level a random shock hits in about 10 % of months.');
  await page.locator('#turbulence').fill('0.1');

  // Run, switch to a controlling coordinator mid-run, then to an independent chair.
  await page.selectOption('#speed', '2');
  await page.click('#run');
  await waitForMonth(page, 10);
  await page.selectOption('#style', 'coordinator-1');
  await waitForMonth(page, 20);
  await page.selectOption('#style', 'chair');
  await page.click('#shock-funding-unequal');
  await page.click('#do-get-to-know-each-other');
  await waitForMonth(page, 30);

  // Run to the end at the highest speed.
  await page.selectOption('#speed', '3');
  await waitForMonth(page, 120);
  assert.equal(await monthShown(page), 120);
  assert.equal(await page.$('#pause'), null, 'the run stops at the horizon');

  const phase = await page.textContent('#phase-title');
  assert.match(phase, /^Phase [123]: /);
  const cause = await page.textContent('#phase-cause');
  assert.match(cause, /Last phase change: /);
  const log = await page.$$eval('#events li', (items) => items.map((li) => li.textContent));
  assert.ok(log.some((l) => /Controlling coordinator/i.test(l)), 'the style switch is logged');
  assert.ok(log.some((l) => /independent chair/i.test(l)), 'the second switch is logged');
  assert.ok(log.some((l) => /Funding round \(unequal/.test(l)), 'the shock is logged');
  assert.ok(log.some((l) => /Get to know each other/.test(l)), 'the intervention is logged');
  const months = log.map((l) => Number(/Month (\d+)/.exec(l)[1]));
  assert.deepEqual(months, [...months].sort((a, b) => b - a), 'the log is newest first');

  // Filtering leaves only shocks.
  for (const id of ['#filter-phase', '#filter-intervention', '#filter-exit', '#filter-governance']) await page.click(id);
  const shocks = await page.$$eval('#events li .event-kind', (items) => items.map((k) => k.textContent));
  assert.ok(shocks.length >= 1 && shocks.every((k) => k === 'shock'), `only shocks: ${shocks}`);
  for (const id of ['#filter-phase', '#filter-intervention', '#filter-exit', '#filter-governance']) await page.click(id);

  for (const id of ['#timeline canvas', '#chart-relations canvas', '#chart-value canvas', '#network']) {
    assert.ok((await paintedPixels(page, id)) > 1000, `${id} is blank`);
  }
  console.log('phase panel:', phase.trim(), '|', cause.trim());
  console.log('latest events:', log.slice(0, 3));
  await page.screenshot({ path: join(screenshotDir, 'desktop-1280x900.png'), fullPage: true });
  await page.screenshot({ path: join(screenshotDir, 'desktop-1280x900-viewport.png') });
  assert.deepEqual(errors, []);
});

test('a 10-partner run at the highest speed: frame times and draws per frame', async () => {
  const { page, errors } = await openApp(app.browser, app.url, undefined, { countDraws: true });
  while ((await page.$$('.partner-card')).length < 10) await page.click('#add-partner');
  await page.click('#reset');
  await page.selectOption('#speed', '3');
  const before = await draws(page);
  await startFrames(page);
  const started = Date.now();
  await page.click('#run');
  await waitForMonth(page, 120);
  const seconds = (Date.now() - started) / 1000;
  await page.waitForTimeout(300);
  const frames = await stopFrames(page);
  const after = await draws(page);
  const perCanvas = after.map((d, i) => d - (before[i] ?? 0));
  console.log(`10 partners, month 120 reached in ${seconds.toFixed(2)} s`);
  console.log('frame intervals (ms):', JSON.stringify(frames, (k, v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v)));
  console.log('draws per canvas during the run:', perCanvas.join(', '), `(frames: ${frames.frames})`);
  // Drawing is tied to animation frames: no canvas draws more often than frames fire.
  for (const d of perCanvas) assert.ok(d <= frames.frames + 1, `${d} draws in ${frames.frames} frames`);
  assert.deepEqual(errors, []);
});

test('a 20-partner run of 600 months at the highest speed: frame times as the history grows', async () => {
  const { page, errors } = await openApp(app.browser, app.url);
  while ((await page.$$('.partner-card')).length < 20) await page.click('#add-partner');
  await page.fill('#horizon', '600');
  await page.click('#reset');
  await page.selectOption('#speed', '3');
  await startFrames(page);
  const started = Date.now();
  await page.click('#run');
  await waitForMonth(page, 600, 120000);
  const seconds = (Date.now() - started) / 1000;
  const frames = await stopFrames(page);
  console.log(`20 partners, month 600 reached in ${seconds.toFixed(2)} s`);
  console.log('frame intervals (ms):', JSON.stringify(frames, (k, v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v)));
  assert.deepEqual(errors, []);
});

test('keyboard shortcuts, validation messages and the model dialog', async () => {
  const { page, errors } = await openApp(app.browser, app.url);
  await page.keyboard.press('s');
  assert.equal(await monthShown(page), 1);
  await page.keyboard.press('Space');
  await waitForMonth(page, 3);
  await page.keyboard.press('Space');
  await page.waitForSelector('#run');
  // A button clicked with the mouse lets go of the focus, so that Space then runs the
  // alliance instead of pressing that button again.
  await page.click('#step');
  assert.notEqual(await page.evaluate(() => document.activeElement?.id), 'step');
  await page.keyboard.press('Space');
  await page.waitForSelector('#pause');
  await page.keyboard.press('Space');
  await page.waitForSelector('#run');

  await page.fill('#seed', 'abc');
  assert.match(await page.textContent('#seed-error'), /whole number/);
  await page.fill('#seed', '7');
  assert.equal(await page.$('#seed-error'), null);
  await page.fill('#horizon', '900');
  assert.match(await page.textContent('#horizon-error'), /1 to 600/);
  await page.fill('#horizon', '60');

  await page.fill('#p1-name', '');
  assert.match(await page.textContent('.partner-card:nth-child(2) .field-error'), /must not be empty/);
  await page.click('#reset');
  assert.match(await page.textContent('#notice'), /problem/);
  await page.click('#revert');
  await page.click('#reset');
  assert.equal(await page.$('#notice'), null);

  await page.click('#open-model');
  await page.waitForSelector('#model-dialog');
  assert.match(await page.textContent('#model-dialog'), /waterline/);
  await page.keyboard.press('Escape');
  assert.equal(await page.$('#model-dialog'), null);
  assert.deepEqual(errors, []);
});

test('axe-core finds no violations, and the phone layout is screenshotted', async () => {
  const { page, errors } = await openApp(app.browser, app.url);
  await page.click('#step');
  await page.click('.chips .chip');
  const desktop = await runAxe(page);
  console.log('axe violations (desktop):', JSON.stringify(desktop, null, 1));
  await page.click('#open-model');
  const dialog = await runAxe(page);
  console.log('axe violations (model dialog):', JSON.stringify(dialog, null, 1));
  await page.keyboard.press('Escape');

  const phone = await openApp(app.browser, app.url, { width: 390, height: 844 });
  // Fast rather than fastest: at about 240 months a second the run can reach its horizon,
  // and lose its Pause button, between month 60 and the click on a loaded machine.
  await phone.page.selectOption('#speed', '2');
  await phone.page.click('#run');
  await waitForMonth(phone.page, 60);
  await phone.page.click('#pause');
  const phoneViolations = await runAxe(phone.page);
  console.log('axe violations (phone):', JSON.stringify(phoneViolations, null, 1));
  await phone.page.screenshot({ path: join(screenshotDir, 'phone-390x844.png'), fullPage: true });
  await phone.page.screenshot({ path: join(screenshotDir, 'phone-390x844-viewport.png') });
  const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the phone page scrolls sideways by ${overflow}px`);
  assert.deepEqual([...desktop, ...dialog, ...phoneViolations], []);
  assert.deepEqual([...errors, ...phone.errors], []);
});
