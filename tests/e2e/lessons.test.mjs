// Guided lessons: every lesson walked chapter by chapter to its end as a student would (the
// one highlighted control used, what to notice shown, the next chapter), a chapter opened
// from its own link, the progress kept over a reload, a lesson presented at 1920×1080
// with the arrow keys stepping through its chapters, and every chapter presented at
// 1920×1080 and 1280×720, in English and Dutch, with its task and its control on the screen. After "Next chapter" the space bar runs the chapter; on a phone the header leads to the lessons.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { useApp, openApp, screenshotDir, waitForMonth } from './harness.mjs';

const app = useApp();
const LESSONS = ['three_phases', 'trust_and_control', 'coordinator_or_chair', 'waterline'];

/** Uses the control the chapter highlights: clicks a button, moves a slider, picks a style. */
async function takeTheAction(page) {
  const focus = page.locator('[data-lesson-focus]').first();
  const action = await focus.getAttribute('data-action');
  if (action === 'run') {
    await page.selectOption('#speed', { index: 3 });
    await page.click('#run');
  } else if (action === 'set_control' || action === 'set_turbulence') {
    const input = focus.locator('input[type=range]');
    const value = Number(await input.inputValue());
    await input.fill(String(value >= 0.5 ? 0.2 : 0.8));
  } else if (action === 'set_style') {
    const select = focus.locator('select');
    const now = await select.inputValue();
    await select.selectOption(now === 'chair' ? 'none' : 'chair');
  } else {
    await focus.click();
  }
  return action;
}

for (const stem of LESSONS) {
  test(`the lesson ${stem} can be followed chapter by chapter to the sandbox`, async () => {
    const { page, errors } = await openApp(app.browser, app.url, { width: 1366, height: 900 });
    await page.click(`#lesson-open-${stem}`);
    await page.waitForSelector('#lesson-panel');
    const chapters = await page.locator('.chapter-dots li').count();
    assert.ok(chapters >= 4, `${stem} has ${chapters} chapters`);
    let title = '';
    for (let i = 1; i <= chapters; i += 1) {
      assert.match(await page.textContent('.lesson-name'), new RegExp(`chapter ${i} of ${chapters}`));
      assert.ok(page.url().endsWith(`#lesson=${stem}&chapter=${i}`), `chapter ${i} has a link of its own: ${page.url()}`);
      assert.ok((await page.locator('[data-lesson-focus]').count()) >= 1, `chapter ${i} points at a control`);
      // The panels without the chapter's control step back.
      const dimmed = await page.$$eval('.controls > .panel', (panels) =>
        panels.filter((p) => Number(getComputedStyle(p).opacity) < 0.9).length);
      assert.ok(dimmed >= 2, `chapter ${i} dims the other panels (${dimmed})`);
      assert.equal(await page.isVisible('#lesson-notice'), false, 'what to notice waits for the action');
      const action = await takeTheAction(page);
      await page.waitForSelector('#lesson-notice', { timeout: 15000 });
      assert.ok((await page.textContent('#lesson-notice')).length > 40, `chapter ${i} (${action}) says what to notice`);
      title = await page.textContent('.scenario-title');
      if (i < chapters) await page.click('#lesson-next');
    }
    await page.screenshot({ path: join(screenshotDir, `lesson-${stem}-end.png`) });
    await page.click('#lesson-finish');
    // The lesson ends in the sandbox with its alliance loaded, and the list says it is done.
    await page.waitForSelector('#lessons');
    assert.equal(await page.textContent('.scenario-title'), title);
    assert.equal(await page.locator('[data-lesson-focus]').count(), 0);
    assert.match(await page.textContent(`#lessons li:has(#lesson-open-${stem})`), /Finished/);
    assert.equal(page.url().includes('#lesson='), false, 'the chapter link is gone with the lesson');
    assert.deepEqual(errors, []);
  });
}

test('a chapter opens from its link, and the progress survives a reload', async () => {
  const { page, errors } = await openApp(app.browser, app.url + '#lesson=waterline&chapter=2');
  await page.waitForSelector('#lesson-panel');
  assert.match(await page.textContent('.lesson-name'), /chapter 2 of/);
  await page.click('#lesson-next');
  await page.click('#lesson-leave');
  await page.reload();
  await page.waitForSelector('#lessons');
  assert.match(await page.textContent('#lessons li:has(#lesson-open-waterline)'), /At chapter 3 of/);
  await page.click('#lesson-open-waterline');
  assert.match(await page.textContent('.lesson-name'), /chapter 3 of/);
  // A link to a lesson or chapter that does not exist says so and opens nothing.
  await page.goto(app.url + '#lesson=juggling&chapter=1');
  await page.waitForSelector('#notice');
  assert.match(await page.textContent('#notice'), /no lesson called "juggling"/);
  assert.deepEqual(errors, []);
});

test('a lesson is presented at 1920×1080 without scrolling, the arrow keys turning the chapters', async () => {
  const { page, errors } = await openApp(app.browser, app.url + '#lesson=three_phases&chapter=1', { width: 1920, height: 1080 });
  await page.waitForSelector('#lesson-panel');
  await page.click('#present-toggle');
  await page.waitForSelector('.presenting');
  const chapterShown = (n) => page.waitForFunction((text) => document.querySelector('.lesson-name')?.textContent.includes(text), `chapter ${n} of`);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await chapterShown(3);
  await page.keyboard.press('ArrowLeft');
  await chapterShown(2);
  await page.waitForTimeout(300);
  const overflow = await page.evaluate(() => [
    document.documentElement.scrollHeight - window.innerHeight,
    document.documentElement.scrollWidth - window.innerWidth,
  ]);
  assert.deepEqual(overflow, [0, 0], 'the page does not scroll');
  // Chapter 2 asks the group to look at the chart of this month's value: it is shown.
  for (const shown of ['#lesson-task', '[data-lesson-focus]', '#chart-monthly-value-canvas', '#chart-added-value-canvas']) {
    const box = await page.locator(shown).first().boundingBox();
    assert.ok(box && box.y >= 0 && box.y + box.height <= 1081, `${shown} is on the screen: ${JSON.stringify(box)}`);
  }
  const size = await page.$eval('.lesson .look', (e) => parseFloat(getComputedStyle(e).fontSize));
  assert.ok(size >= 20, `the chapter's text is large: ${size}px`);
  await page.screenshot({ path: join(screenshotDir, 'lesson-presented-1920.png') });
  assert.deepEqual(errors, []);
});

/** What of the chapter's column lies outside the screen (the task, the control, the navigation),
 * and whether one control is highlighted. */
const outside = (page) => page.evaluate(() => {
  const off = (selector) => {
    const e = document.querySelector(selector);
    if (!e) return false;
    const box = e.getBoundingClientRect();
    return box.top < 0 || box.bottom > window.innerHeight + 1;
  };
  const cut = ['#lesson-task', '[data-lesson-focus]', '.lesson-nav'].filter(off);
  const highlighted = document.querySelectorAll('[data-lesson-focus]').length;
  if (highlighted !== 1) cut.push(`${highlighted} controls highlighted instead of one`);
  // An action for one partner keeps its partner picker beside it.
  const forOne = document.querySelector('[data-lesson-focus][data-needs-partner]');
  const picker = forOne?.closest('.panel')?.querySelector('.partner-field select');
  if (forOne && (!picker || picker.getClientRects().length === 0 || picker.getBoundingClientRect().bottom > window.innerHeight)) {
    cut.push('the partner picker of an action for one partner');
  }
  // The views the chapter names are shown, whole and large enough to read; no other chart is.
  const views = [...document.querySelectorAll('[data-lesson-chart]')];
  if (views.length < 1 || views.length > 2) cut.push(`${views.length} views beside the chapter`);
  for (const view of views) {
    const box = view.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight + 1 || box.height < window.innerHeight / 3) {
      cut.push(`the view ${view.id || view.className} at ${Math.round(box.top)}..${Math.round(box.bottom)}`);
    }
  }
  const others = [...document.querySelectorAll('.charts > .chart:not([data-lesson-chart])')]
    .filter((c) => c.getClientRects().length > 0);
  if (others.length > 0) cut.push(`charts the chapter does not name: ${others.map((c) => c.id).join(', ')}`);
  if (document.documentElement.scrollHeight > window.innerHeight) cut.push('the page scrolls');
  return cut;
});

for (const [width, height] of [[1920, 1080], [1280, 720]]) {
  test(`every chapter presented at ${width}×${height}, in English and Dutch, shows its task, its control and the way on`, async () => {
    const problems = [];
    for (const lang of ['en', 'nl']) {
      for (const stem of LESSONS) {
        const { page, errors } = await openApp(app.browser, `${app.url}?lang=${lang}#lesson=${stem}&chapter=1`, { width, height });
        await page.waitForSelector('#lesson-panel');
        await page.click('#present-toggle');
        await page.waitForSelector('.presenting');
        const chapters = await page.locator('.lesson .chapter-dots a').count();
        assert.ok(chapters >= 4, `${stem} has its chapters: ${chapters}`);
        for (let chapter = 1; chapter <= chapters; chapter += 1) {
          if (chapter > 1) {
            await page.keyboard.press('ArrowRight');
            await page.waitForFunction((n) => document.querySelector('.lesson-name')?.textContent.includes(` ${n} `), chapter);
          }
          await page.waitForTimeout(100);
          const cut = await outside(page);
          if (cut.length > 0) problems.push(`${lang} ${stem} ${chapter}: ${cut.join(', ')}`);
        }
        assert.deepEqual(errors, []);
        await page.close();
      }
    }
    assert.deepEqual(problems, []);
  });
}

test('after "Next chapter" the space bar runs the chapter, and a long notice leaves the way on in view', async () => {
  const { page, errors } = await openApp(app.browser, `${app.url}?lang=nl#lesson=waterline&chapter=4`, { width: 1920, height: 1080 });
  await page.waitForSelector('#lesson-panel');
  await page.click('#present-toggle');
  await page.waitForSelector('.presenting');
  await page.click('#lesson-next');
  assert.match(await page.textContent('.lesson-name'), /hoofdstuk 5 van/);
  // The new chapter has the focus, not the button that opened it, so Space is Run here.
  await page.keyboard.press('Space');
  await waitForMonth(page, 120);
  assert.match(await page.textContent('.lesson-name'), /hoofdstuk 5 van/, 'Space ran the chapter instead of turning it');
  await page.waitForSelector('#lesson-notice');
  const nav = await page.locator('.lesson-nav').boundingBox();
  assert.ok(nav && nav.y >= 0 && nav.y + nav.height <= 1081, `the chapter's navigation is on the screen: ${JSON.stringify(nav)}`);
  assert.deepEqual(errors, []);
});

test('on a phone the header leads to the lessons, which come after the charts', async () => {
  const { page, errors } = await openApp(app.browser, app.url, { width: 390, height: 844 });
  const before = await page.locator('#lessons-title').boundingBox();
  assert.ok(before.y > 844, `the lessons start below the first screen: ${before.y}`);
  await page.click('#to-lessons');
  await page.waitForFunction(() => document.activeElement?.id === 'lessons-title');
  const after = await page.locator('#lessons-title').boundingBox();
  const bar = await page.locator('.run-controls > .row').first().boundingBox();
  assert.ok(after.y >= bar.y + bar.height - 1 && after.y < 844, `the lessons are in view, below the sticky run controls: ${after.y}, bar ${JSON.stringify(bar)}`);
  // On a wide screen the lessons are beside the charts and the button is not there.
  const desktop = await openApp(app.browser, app.url, { width: 1440, height: 900 });
  assert.equal(await desktop.page.isVisible('#to-lessons'), false);
  assert.deepEqual([...errors, ...desktop.errors], []);
});
