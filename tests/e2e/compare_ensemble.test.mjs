// Compare mode and ensembles in a real headless Chromium: A and B in lockstep with a
// difference chart and both phase bands; ensembles in Web Workers with progress, cancel,
// painted fan charts, A versus B with intervals; axe-core on both views; screenshots at
// desktop and phone widths. The app's ensemble timings are measured by `make bench-browser`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  useApp, openApp, monthShown, paintedPixels, screenshotDir, runAxe, runToEnd,
  startFrames, stopFrames,
} from './harness.mjs';

const app = useApp();

/** Starts an ensemble of `runs` runs and resolves to its status line once finished. */
async function ensemble(page, runs, timeout = 60000) {
  await page.fill('#ensemble-runs', String(runs));
  await page.click('#ensemble-run');
  await page.waitForFunction(() => / ms with \d+ workers?/.test(document.querySelector('#ensemble-status').textContent), null, { timeout });
  return page.textContent('#ensemble-status');
}

test('compare mode: B with an independent chair against A, in lockstep', async () => {
  const { page, errors } = await openApp(app.browser, app.url);
  await page.click('#compare-toggle');
  await page.waitForSelector('#compare');
  assert.equal(await page.getAttribute('#compare-toggle', 'aria-pressed'), 'true');
  // A compare starts with B as the run that changes, and says so while nothing differs yet.
  assert.ok(await page.isChecked('#target-b'), 'actions go to B only at first');
  for (let i = 0; i < 6; i += 1) await page.click('#step');
  assert.match(await page.textContent('#compare-same'), /still the same run/);
  await page.check('#target-b');
  await page.selectOption('#style', 'chair');
  assert.equal(await page.$('#compare-same'), null, 'the prompt goes once B differs');
  await page.check('#target-a');
  await page.click('#shock-field-change');
  // In month 70 B has reached phase 3 and A has not: whichever run the actions go to, A's
  // label names A's phase and B's label B's.
  while ((await monthShown(page)) < 70) await page.click('#step');
  for (const [target, run] of [['#target-a', 'A'], ['#target-b', 'B']]) {
    await page.check(target);
    assert.equal(await page.textContent('#governance-run'), `While comparing, this panel shows run ${run}, where your actions go.`);
    assert.doesNotMatch(await page.textContent('#phase-now'), /^A: Phase 3: /, `A's phase with ${target}`);
    assert.match(await page.textContent('#phase-now-b'), /^B: Phase 3: /, `B's phase with ${target}`);
  }
  await page.check('#target-a');
  await runToEnd(page);
  assert.equal(await monthShown(page), 120);
  assert.match(await page.textContent('#actions-b'), /month 7 .*chair/i);
  assert.doesNotMatch(await page.textContent('#actions-a'), /chair/i);
  assert.match(await page.textContent('#actions-a'), /field change/i);
  const diff = await page.textContent('#diff-values');
  assert.match(diff, /^Month 120, B − A: Added value \(meerwaarde\): together minus alone (?:[+−]\d+\.\d|0\.0) value units, Trust (?:[+−]\d+|0) percentage points/);
  await page.focus('#diff-canvas');
  await page.keyboard.press('Home');
  assert.match(await page.textContent('#diff-inspect'), /^Month 0, B − A: /, 'the difference chart is read at any month');
  assert.match(await page.textContent('#phase-bands-values'), /A: phase \d.*B: phase \d/);
  // The phase bands are read at any month too: both runs' phases in that month.
  await page.focus('#phase-bands-canvas');
  await page.keyboard.press('Home');
  assert.equal(await page.textContent('#phase-bands-inspect'),
    'Month 0: A: phase 1 (start: design and alignment). B: phase 1 (start: design and alignment).');
  // Every main chart draws both runs: B's delivery and commitment are read out beside A's.
  const work = await page.textContent('#chart-work-values');
  assert.match(work, /^A \(solid\)\. Month 120: .*Delivery.* B \(dotted\)\. Month 120: .*Commitment [a-z ]+, \d+ %, .*Delivery/, work);
  for (const id of ['#chart-relations', '#chart-value', '#chart-added-value', '#chart-monthly-value', '#chart-process']) {
    assert.match(await page.textContent(`${id}-values`), / B \(dotted\)\. Month 120: /, id);
    assert.match(await page.textContent(`${id} .legend`), /run Arun B/, `${id} has the runs in its legend`);
  }
  await page.waitForTimeout(100);
  for (const id of ['#diff-canvas', '#phase-bands-canvas']) assert.ok((await paintedPixels(page, id)) > 1000, `${id} is blank`);
  console.log('compare:', diff);
  // The run controls show both runs' phases, as the phase bands do.
  const bands = await page.textContent('#phase-bands-values');
  const [, phaseA, phaseB] = /A: phase (\d).*B: phase (\d)/.exec(bands);
  assert.match(await page.textContent('#phase-now'), new RegExp(`^A: Phase ${phaseA}: `));
  assert.match(await page.textContent('#phase-now-b'), new RegExp(`^B: Phase ${phaseB}: `));
  // The network shows A, and B on request, with B's partner numbers.
  assert.equal(await page.textContent('#network-title'), 'Network of run APNG');
  assert.doesNotMatch(await page.textContent('#network-summary'), /independent chair/);
  await page.click('#network-show-b');
  assert.equal(await page.textContent('#network-title'), 'Network of run BPNG');
  assert.match(await page.textContent('#network-summary'), /an independent chair steers/);
  assert.equal(await page.getAttribute('#network-show-b', 'aria-pressed'), 'true');
  await page.click('#network-show-a');
  assert.doesNotMatch(await page.textContent('#network-summary'), /independent chair/);
  // The event log says whose events it lists, and shows B's on request.
  assert.equal(await page.textContent('#log-title'), 'Event log of run A');
  assert.match(await page.textContent('#events'), /field change/i);
  assert.doesNotMatch(await page.textContent('#events'), /chair/i);
  await page.click('#log-show-b');
  assert.equal(await page.textContent('#log-title'), 'Event log of run B');
  assert.match(await page.textContent('#events'), /coordination: independent chair/i);
  assert.doesNotMatch(await page.textContent('#events'), /field change/i);
  await page.click('#log-show-a');

  const violations = await runAxe(page);
  console.log('axe violations (compare):', JSON.stringify(violations, null, 1));
  await page.screenshot({ path: join(screenshotDir, 'compare-desktop.png'), fullPage: true });

  // Ensemble A versus B on the same seeds.
  const status = await ensemble(page, 200);
  assert.match(status, /^200 runs each of A and B in \d+ ms with \d+ workers?\.$/);
  const rows = await page.$$eval('#ensemble-comparison tbody tr', (trs) => trs.map((tr) => tr.textContent));
  assert.equal(rows.length, 4);
  assert.match(await page.textContent('#ensemble-comparison caption'), /200 paired seeds/);
  await page.waitForSelector('#phases-b-canvas');
  await page.waitForTimeout(100);
  for (const id of ['#fan-added-value-canvas', '#phases-a-canvas', '#phases-b-canvas']) {
    assert.ok((await paintedPixels(page, id)) > 1000, `${id} is blank`);
  }
  console.log('A vs B:', rows.map((r) => r.replace(/\s+/g, ' ')).join(' | '));
  const ensembleViolations = await runAxe(page);
  console.log('axe violations (ensemble A vs B):', JSON.stringify(ensembleViolations, null, 1));
  await page.screenshot({ path: join(screenshotDir, 'ensemble-a-b-desktop.png'), fullPage: true });

  await page.click('#compare-toggle');
  assert.equal(await page.$('#compare'), null);
  assert.deepEqual([...violations, ...ensembleViolations], []);
  assert.deepEqual(errors, []);
});

test('an ensemble shows progress, can be cancelled, and paints its results', async () => {
  const { page, errors } = await openApp(app.browser, app.url);
  await page.fill('#ensemble-runs', '9000');
  assert.match(await page.textContent('#ensemble-runs-error'), /1 to 5,000/);
  assert.ok(await page.isDisabled('#ensemble-run'));

  // A long ensemble: progress shows, the page keeps drawing frames, and Cancel stops it.
  // 5,000 runs of 600 months keep one worker busy for about 1.5 s on the project's machine,
  // long enough to watch the frames and still cancel.
  await page.fill('#horizon', '600');
  await page.click('#reset');
  await page.fill('#ensemble-runs', '5000');
  await page.selectOption('#ensemble-workers', '1');
  await page.waitForTimeout(1000);
  await startFrames(page);
  await page.click('#ensemble-run');
  await page.waitForFunction(() => Number(document.querySelector('#ensemble-progress')?.value) > 0);
  await page.click('#step');
  assert.equal(await monthShown(page), 1, 'the page responds while the workers run');
  await page.waitForTimeout(300);
  const frames = await stopFrames(page);
  console.log('frames while a 5,000-run ensemble runs:', JSON.stringify(frames, (k, v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v)));
  const progress = await page.textContent('.progress-row');
  await page.click('#ensemble-cancel');
  assert.match(await page.textContent('#ensemble-status'), /Cancelled/);
  assert.equal(await page.$('#ensemble-progress'), null);
  console.log('progress when cancelled:', progress);
  await page.fill('#horizon', '120');
  await page.click('#reset');

  const status = await ensemble(page, 200);
  assert.match(status, /^200 runs in \d+ ms with 1 worker\.$/);
  await page.waitForTimeout(100);
  for (const id of ['#fan-added-value-canvas', '#fan-trust-canvas', '#fan-conflict-canvas', '#phases-a-canvas']) {
    assert.ok((await paintedPixels(page, id)) > 1000, `${id} is blank`);
  }
  const cells = await page.$$eval('#ensemble-probabilities tbody td', (tds) => tds.map((td) => td.textContent));
  // Phase 3 by three months, P(dissolved), mean added value (net, signed), the share of runs
  // with added value, and the median month of break-even.
  assert.equal(cells.length, 7);
  assert.ok(cells.slice(0, 4).every((c) => /^\d+%$/.test(c)), `${cells}`);
  assert.match(cells[4], /^(?:[+−]\d+\.\d|0\.0)$/);
  assert.match(cells[5], /^\d+%$/);
  assert.match(cells[6], /^(\d+|none breaks even)$/);
  assert.match(await page.textContent('#fan-trust-values'),
    /month 120: median (?:very low|low|moderate|high|very high), \d+ %, middle 50% of runs \d+ to \d+ %/);
  assert.match(await page.textContent('#fan-added-value-values'), /month 120: median (?:[+−]\d+\.\d|0\.0) value units/);
  // A fan chart is read at any month like the live charts.
  await page.focus('#fan-trust-canvas');
  await page.keyboard.press('Shift+ArrowLeft');
  assert.match(await page.textContent('#fan-trust-inspect'), /^month 108: median /);
  // So are the shares of runs in each phase, which add up to all runs.
  await page.focus('#phases-a-canvas');
  await page.keyboard.press('Shift+ArrowLeft');
  const shares = await page.textContent('#phases-a-inspect');
  const percents = /^Share of runs in each phase, month 108: phase 1 (\d+)%, phase 2 (\d+)%, phase 3 (\d+)%, dissolved (\d+)%\.$/.exec(shares);
  assert.ok(percents, shares);
  const total = percents.slice(1).reduce((sum, p) => sum + Number(p), 0);
  assert.ok(total >= 98 && total <= 102, `the shares at month 108 add up to ${total}%`);
  const violations = await runAxe(page);
  console.log('axe violations (ensemble):', JSON.stringify(violations, null, 1));
  await page.screenshot({ path: join(screenshotDir, 'ensemble-desktop.png'), fullPage: true });

  const phone = await openApp(app.browser, app.url, { width: 390, height: 844 });
  await phone.page.click('#compare-toggle');
  await phone.page.selectOption('#speed', '3');
  await phone.page.click('#run');
  await ensemble(phone.page, 200);
  await phone.page.waitForTimeout(300);
  await phone.page.screenshot({ path: join(screenshotDir, 'compare-ensemble-phone.png'), fullPage: true });
  const phoneViolations = await runAxe(phone.page);
  console.log('axe violations (phone, compare and ensemble):', JSON.stringify(phoneViolations, null, 1));
  const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the phone page scrolls sideways by ${overflow}px`);
  assert.deepEqual([...violations, ...phoneViolations], []);
  assert.deepEqual([...errors, ...phone.errors], []);
});
