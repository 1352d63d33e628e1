// Presentation mode for a projector: the Present button (or the P key) shows the phase panel,
// the network, the timeline and two main charts at large size without scrolling, at
// 1280×720 and 1920×1080; the arrow keys step through the months, forwards and back (the run
// replayed, so the same months come back), and Escape leaves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { useApp, openApp, monthShown, paintedPixels, screenshotDir } from './harness.mjs';

const app = useApp();

/** How far the page scrolls down and sideways. */
const overflow = (page) => page.evaluate(() => [
  document.documentElement.scrollHeight - window.innerHeight,
  document.documentElement.scrollWidth - window.innerWidth,
]);

for (const [width, height] of [[1920, 1080], [1280, 720]]) {
  test(`presentation mode fills a ${width}×${height} screen without scrolling`, async () => {
    const { page, errors } = await openApp(app.browser, app.url, { width, height });
    for (let i = 0; i < 30; i += 1) await page.click('#step');
    await page.click('#present-toggle');
    await page.waitForSelector('.presenting');
    assert.equal(await page.getAttribute('#present-toggle', 'aria-pressed'), 'true');
    await page.waitForTimeout(300);
    assert.deepEqual(await overflow(page), [0, 0], 'the page does not scroll');
    for (const hidden of ['#preset', '#ensemble-run', '#share-copy', '#log-title', '#seed']) {
      assert.equal(await page.isVisible(hidden), false, `${hidden} is hidden`);
    }
    for (const shown of ['#phase-title', '#network', '#timeline-canvas', '#chart-relations-canvas', '#chart-added-value-canvas']) {
      const box = await page.locator(shown).boundingBox();
      assert.ok(box && box.y >= 0 && box.y + box.height <= height + 1, `${shown} is on the screen: ${JSON.stringify(box)}`);
    }
    for (const canvas of ['#chart-relations-canvas', '#chart-added-value-canvas', '#network']) {
      const box = await page.locator(canvas).boundingBox();
      assert.ok(box.height >= height / 8, `${canvas} is large: ${box.height}px of ${height}`);
      assert.ok((await paintedPixels(page, canvas)) > 1000, `${canvas} is drawn`);
    }
    await page.screenshot({ path: join(screenshotDir, `presentation-${width}.png`) });
    assert.deepEqual(errors, []);
  });
}

test('in presentation mode the arrow keys step through the months and back, and Escape leaves', async () => {
  const { page, errors } = await openApp(app.browser, app.url, { width: 1920, height: 1080 });
  for (let i = 0; i < 17; i += 1) await page.click('#step');
  const month = await monthShown(page);
  const values = await page.textContent('#chart-relations-values');
  await page.click('#reset');
  await page.click('#present-toggle');
  await page.waitForSelector('.presenting');
  await page.keyboard.press('ArrowRight');
  assert.equal(await monthShown(page), 1);
  await page.keyboard.press('Shift+ArrowRight');
  assert.equal(await monthShown(page), 13);
  // Back is the same run replayed: the months come back as they were.
  for (let m = 13; m < month + 2; m += 1) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await monthShown(page), month);
  assert.equal(await page.textContent('#chart-relations-values'), values);
  await page.keyboard.press('Shift+ArrowLeft');
  assert.equal(await monthShown(page), Math.max(0, month - 12));
  // After a click on Step the keys still belong to the presentation.
  await page.click('#step');
  const stepped = await monthShown(page);
  await page.keyboard.press('ArrowRight');
  assert.equal(await monthShown(page), stepped + 1, 'the arrows work after a click on a button');
  await page.keyboard.press('Escape');
  assert.equal(await page.$('.presenting'), null);
  assert.ok(await page.isVisible('#preset'), 'the editing panels are back');
  // Outside presentation mode a focused button keeps its keys; P works from the page.
  await page.evaluate(() => document.activeElement.blur());
  await page.keyboard.press('p');
  assert.ok(await page.$('.presenting'), 'P enters presentation mode');
  await page.keyboard.press('p');
  assert.equal(await page.$('.presenting'), null, 'and leaves it');
  assert.deepEqual(errors, []);
});

test('going back keeps a shock the user threw as theirs, not as planned, and stepping on repeats it', async () => {
  const { page, errors } = await openApp(app.browser, app.url, { width: 1920, height: 1080 });
  for (let i = 0; i < 5; i += 1) await page.click('#step');
  await page.click('#shock-field-change');
  for (let i = 0; i < 5; i += 1) await page.click('#step');
  const plan = await page.textContent('#plan-list');
  const log = await page.textContent('#events');
  assert.match(log, /Field change/);
  await page.click('#present-toggle');
  await page.waitForSelector('.presenting');
  await page.keyboard.press('Shift+ArrowLeft');
  assert.equal(await monthShown(page), 0);
  for (let i = 0; i < 10; i += 1) await page.keyboard.press('ArrowRight');
  assert.equal(await monthShown(page), 10);
  await page.keyboard.press('Escape');
  assert.equal(await page.textContent('#events'), log, 'the same months, the shock included');
  assert.equal(await page.textContent('#plan-list'), plan, 'the shock is not written into the plan');
  assert.deepEqual(errors, []);
});
