// The release build in a real headless Chromium: the page loads without console errors, Run
// advances the month counter and the chart paints, and the display settings survive a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  useApp, openApp, monthShown, paintedPixels, screenshotDir, runToEnd,
} from './harness.mjs';

const app = useApp();

test('clicking Run advances the month counter and paints the chart', async () => {
  const { page, errors } = await openApp(app.browser, app.url);
  assert.equal(await monthShown(page), 0);
  await page.click('#run');
  await page.waitForFunction(() => /Month ([5-9]|\d\d+)/.test(document.querySelector('#month').textContent));
  await page.click('#pause');
  assert.ok((await monthShown(page)) >= 5);
  await page.waitForTimeout(100);
  assert.ok((await paintedPixels(page, '.chart canvas')) > 1000, 'the chart canvas is blank');
  await page.screenshot({ path: join(screenshotDir, 'run-controls.png'), fullPage: true });
  assert.deepEqual(errors, []);
});

test('Step advances exactly one month and Reset returns to month 0', async () => {
  const { page, errors } = await openApp(app.browser, app.url);
  await page.click('#step');
  await page.click('#step');
  assert.equal(await monthShown(page), 2);
  await page.click('#reset');
  assert.equal(await monthShown(page), 0);
  assert.deepEqual(errors, []);
});

test('speed, worker count and event-log filters survive a reload; damaged settings are ignored', async () => {
  const { page, errors } = await openApp(app.browser, app.url);
  await page.selectOption('#speed', '3');
  await page.selectOption('#ensemble-workers', '1');
  await page.uncheck('#filter-shock');
  await page.uncheck('#filter-governance');
  await page.reload();
  await page.waitForSelector('#month');
  assert.equal(await page.inputValue('#speed'), '3');
  assert.equal(await page.inputValue('#ensemble-workers'), '1');
  assert.equal(await page.isChecked('#filter-shock'), false);
  assert.equal(await page.isChecked('#filter-governance'), false);
  assert.equal(await page.isChecked('#filter-phase'), true);

  // A damaged entry falls back to the defaults without an error.
  await page.evaluate(() => localStorage.setItem('alliance-lab.settings', '{"speed": "fast", '));
  await page.reload();
  await page.waitForSelector('#month');
  assert.equal(await page.inputValue('#speed'), '1');
  assert.equal(await page.isChecked('#filter-shock'), true);
  assert.deepEqual(errors, []);
});

test('a run at its horizon says so before anyone acts, and its actions step back', async () => {
  const { page, errors } = await openApp(app.browser, app.url);
  assert.equal(await page.$('#finished'), null, 'a run on its way says nothing of the kind');
  await runToEnd(page);
  await page.waitForSelector('#finished');
  assert.match(await page.textContent('#finished'), /reached its last month: Reset to start again/);
  const border = await page.$eval('[data-action="get_to_know"]', (b) => getComputedStyle(b).borderTopStyle);
  assert.equal(border, 'dashed', 'the actions step back');
  // A click still explains itself, and the message is not said twice.
  await page.click('[data-action="get_to_know"] >> nth=0');
  await page.waitForSelector('#notice');
  assert.equal(await page.$('#finished'), null);
  await page.click('#reset');
  assert.equal(await page.$('#finished'), null);
  assert.deepEqual(errors, []);
});

test('on a 1280×720 screen only the run row stays in view while scrolling; at 1440×900 the whole toolbar', async () => {
  for (const [height, whole] of [[720, false], [900, true]]) {
    const width = height === 720 ? 1280 : 1440;
    const { page, errors } = await openApp(app.browser, app.url, { width, height });
    await page.evaluate(() => window.scrollTo(0, 1200));
    await page.waitForTimeout(100);
    const row = await page.locator('.run-controls > .row').first().boundingBox();
    assert.ok(row.y >= 0 && row.y < 12, `${width}×${height}: the run row sticks to the top: ${row.y}`);
    assert.ok(await page.isVisible('#run'));
    const speed = await page.locator('#speed').boundingBox();
    const speedInView = speed.y >= 0 && speed.y < height;
    assert.equal(speedInView, whole, `${width}×${height}: the settings row ${whole ? 'stays' : 'scrolls away'} (speed at ${speed.y})`);
    if (!whole) assert.ok(row.height < 70, `the sticky part is one row: ${row.height} px`);
    assert.deepEqual(errors, []);
    await page.close();
  }
});
