// The plan panel in a real headless Chromium: a student removes the preset's planned actions
// to see the alliance without them, restores them, adds an action of their own, and in
// compare mode gives run B its own plan, which a share link carries.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openApp, monthShown, runToEnd, waitForMonth } from './harness.mjs';

const app = useApp();

/** The plan's lines as text, for the panel with the given id prefix ("plan", "plana", "planb"). */
async function planLines(page, prefix = 'plan') {
  return page.$$eval(`#${prefix}-list li`, (items) => items.map((li) => li.textContent));
}

/** The event log's lines. */
async function logLines(page) {
  return page.$$eval('#events li', (items) => items.map((li) => li.textContent));
}

test('removing the plan runs the alliance without it, and restoring it brings it back', async () => {
  const { page, errors } = await openApp(app.browser, app.url);
  const planned = await planLines(page);
  assert.ok(planned.length >= 2, `the default scenario plans actions: ${planned}`);
  assert.ok(planned.some((l) => /Get to know each other/.test(l)), `${planned}`);

  await page.click('#plan-clear');
  assert.match(await page.textContent('#plan-empty'), /Nothing planned/);
  assert.match(await page.textContent('#timeline-values'), /planned: none\./, 'the timeline shows no planned actions');
  await runToEnd(page);
  const log = await logLines(page);
  assert.ok(!log.some((l) => /Get to know each other/.test(l)), `nothing planned is done: ${log.slice(0, 5)}`);

  // The plan is part of the scenario now: a Reset keeps it, and no edit is pending.
  await page.click('#reset');
  assert.equal(await monthShown(page), 0);
  assert.match(await page.textContent('#plan-empty'), /Nothing planned/);
  assert.doesNotMatch(await page.textContent('.partners .note'), /You have edits/);

  await page.click('#plan-restore');
  assert.deepEqual(await planLines(page), planned, 'the scenario\'s plan is back');
  assert.ok(await page.isDisabled('#plan-restore'), 'nothing left to restore');
  assert.deepEqual(errors, []);
});

test('a planned action can be added, moved and removed, and past ones stay done', async () => {
  const { page, errors } = await openApp(app.browser, app.url);
  const before = (await planLines(page)).length;
  await page.fill('#plan-add-month', '6');
  await page.selectOption('#plan-add-action', 'value_room');
  await page.selectOption('#plan-add-partner', '1');
  await page.click('#plan-add');
  let lines = await planLines(page);
  assert.equal(lines.length, before + 1);
  const added = lines.findIndex((l) => /Room for a core value: /.test(l));
  assert.ok(added >= 0, `the added action is listed: ${lines}`);

  // Move it to month 8: the list stays in month order.
  await page.fill(`#plan-month-${added}`, '8');
  await page.press(`#plan-month-${added}`, 'Enter');
  await page.waitForFunction(() => [...document.querySelectorAll('#plan-list input')].some((i) => i.value === '8'));
  const months = await page.$$eval('#plan-list li', (items) => items.map((li) => {
    const input = li.querySelector('input');
    return Number(input ? input.value : /month (\d+)/.exec(li.textContent)[1]);
  }));
  assert.deepEqual(months, [...months].sort((a, b) => a - b), `month order: ${months}`);

  // Step past month 8: the action is done, listed without controls, and in the log.
  for (let i = 0; i < 8; i += 1) await page.click('#step');
  await waitForMonth(page, 8);
  lines = await planLines(page);
  assert.ok(lines.some((l) => /month 8.*Room for a core value.*done/.test(l)), `${lines}`);
  assert.ok((await logLines(page)).some((l) => /Room for a core value/.test(l)), 'the action was carried out');
  assert.equal(await page.$$eval('#plan-list li.done input', (i) => i.length), 0, 'done actions cannot be edited');

  // A future one can be removed; the add form only offers months still to come.
  const future = (await planLines(page)).length;
  await page.click('#plan-list li:not(.done) button');
  assert.equal((await planLines(page)).length, future - 1);
  assert.equal(await page.getAttribute('#plan-add-month', 'min'), '9');
  assert.deepEqual(errors, []);
});

test('in compare mode B has its own plan, and a share link carries both', async () => {
  const { page, errors } = await openApp(app.browser, app.url);
  await page.click('#compare-toggle');
  const planA = await planLines(page, 'plana');
  assert.deepEqual(await planLines(page, 'planb'), planA, 'B starts with A\'s plan');
  await page.click('#planb-clear');
  assert.match(await page.textContent('#planb-empty'), /Nothing planned/);
  assert.deepEqual(await planLines(page, 'plana'), planA, 'A keeps its plan');

  await page.fill('#planb-add-month', '2');
  await page.selectOption('#planb-add-action', 'funding_round');
  await page.selectOption('#planb-add-division', 'unequal');
  await page.click('#planb-add');
  const planB = await planLines(page, 'planb');
  assert.equal(planB.length, 1, `${planB}`);
  assert.match(planB[0], /Funding round \(unequal division\)/);

  for (let i = 0; i < 3; i += 1) await page.click('#step');
  await waitForMonth(page, 3);
  const planAtMonth3 = await planLines(page, 'plana');
  await page.click('#share-copy');
  const link = await page.inputValue('#share-link');
  const fresh = await openApp(app.browser, link);
  assert.equal(await monthShown(fresh.page), 3);
  assert.deepEqual(await planLines(fresh.page, 'plana'), planAtMonth3, 'the link carries A\'s plan');
  const linkedB = await planLines(fresh.page, 'planb');
  assert.equal(linkedB.length, 1);
  assert.match(linkedB[0], /month 2.*Funding round \(unequal division\).*done/);
  assert.deepEqual(fresh.errors, []);
  assert.deepEqual(errors, []);
});

test('the phase panel says what is planned and offers the phase\'s actions beside it', async () => {
  const { page, errors } = await openApp(app.browser, app.url);
  const todo = () => page.$$eval('#phase-panel .todo li', (items) => items.map((li) => li.textContent));
  const before = await todo();
  assert.match(before[0], /Lower the waterline.*planned for month 1/, `${before}`);
  assert.match(before[2], /Working agreements.*planned for month 4/, `${before}`);
  // The plan's working agreements come in month 4; a click does them now, from month 1.
  await page.click('#now-working-agreements');
  await page.click('#step');
  assert.equal(await monthShown(page), 1);
  assert.ok((await logLines(page)).some((l) => /^Month 1.*Working agreements/.test(l)), `${await logLines(page)}`);
  const after = await todo();
  assert.match(after[0], /done in month 1/);
  assert.match(after[2], /Working agreements.*done in month 1/, `${after}`);
  assert.equal(await page.textContent('#now-working-agreements'), 'Again');
  assert.deepEqual(errors, []);
  await page.close();
});
