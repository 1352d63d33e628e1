// Reading a chart at any month, in a real headless Chromium: pointing at a line chart, or
// focusing it and using the arrow keys, shows the values at that month in words with a guide
// line, and leaving it hides them again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openApp, runToEnd } from './harness.mjs';

const app = useApp();

const LEVEL = '(?:very low|low|moderate|high|very high), \\d+ %';

test('pointing at a chart shows the values at that month', async () => {
  const { page, errors } = await openApp(app.browser, app.url);
  await runToEnd(page);
  const canvas = page.locator('#chart-relations-canvas');
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  await page.mouse.move(box.x + box.width * 0.55, box.y + box.height / 2);
  const readout = page.locator('#chart-relations-inspect');
  await readout.waitFor();
  const text = await readout.textContent();
  const month = Number(/^Month (\d+): /.exec(text)?.[1]);
  assert.ok(month > 30 && month < 90, `the middle of the chart is a month in the middle: ${text}`);
  assert.match(text, new RegExp(`Trust ${LEVEL}, Mutual knowledge ${LEVEL}`));
  assert.equal(await page.locator('#chart-relations .inspect-line').count(), 1, 'a guide line marks the month');
  // Further right is later.
  await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2);
  const later = Number(/^Month (\d+)/.exec(await readout.textContent())[1]);
  assert.ok(later > month, `${later} after ${month}`);
  await page.mouse.move(box.x + box.width / 2, box.y - 40);
  assert.equal(await page.locator('#chart-relations-inspect').count(), 0, 'leaving the chart hides the readout');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a focused chart steps through months with the arrow keys', async () => {
  const { page, errors } = await openApp(app.browser, app.url);
  await runToEnd(page);
  await page.focus('#chart-value-canvas');
  const readout = () => page.textContent('#chart-value-inspect');
  assert.match(await readout(), /^Month 120: Value produced together \(cumulative\) -?\d+\.\d value units/);
  await page.keyboard.press('ArrowLeft');
  assert.match(await readout(), /^Month 119: /);
  await page.keyboard.press('Shift+ArrowLeft');
  assert.match(await readout(), /^Month 107: /);
  await page.keyboard.press('Home');
  assert.match(await readout(), /^Month 0: /);
  await page.keyboard.press('ArrowLeft');
  assert.match(await readout(), /^Month 0: /, 'month 0 is the first');
  await page.keyboard.press('End');
  assert.match(await readout(), /^Month 120: /);
  // Tabbing on keeps the last readout, so that nothing below moves as the focus leaves.
  await page.keyboard.press('Tab');
  assert.match(await readout(), /^Month 120: /);
  assert.deepEqual(errors, []);
  await page.close();
});

test('pointing at a mark on the timeline says what happened that month', async () => {
  const { page, errors } = await openApp(app.browser, app.url);
  await runToEnd(page);
  await page.focus('#timeline-canvas');
  await page.keyboard.press('Home');
  assert.match(await page.textContent('#timeline-inspect'), /^Month 0: phase 1 \(start: design and alignment\); nothing else happened\.$/);
  await page.keyboard.press('ArrowRight');
  // The default plan gets the partners to know each other in month 1.
  assert.match(await page.textContent('#timeline-inspect'), /^Month 1: phase 1 \(start: design and alignment\); Get to know each other/);
  assert.deepEqual(errors, []);
  await page.close();
});
