// The printable debrief in a real headless Chromium: a trainer runs the default scenario to
// its end and prints it to PDF; the PDF (read with pdftotext from poppler-utils) has the
// scenario and its partners, the key figures, the phases, turning points and actions, the
// charts and the article's reflection questions, and none of the controls. In compare mode
// the debrief has both runs.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  useApp, openApp, runToEnd, screenshotDir, monthShown, waitForMonth,
} from './harness.mjs';

const app = useApp();
let dir;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'alliance-debrief-'));
});

/** Prints the page to an A4 PDF and returns its text, one string per page. */
async function printed(page, name) {
  const path = join(dir, `${name}.pdf`);
  await page.pdf({ path, format: 'A4', printBackground: true });
  execFileSync('cp', [path, join(screenshotDir, `${name}.pdf`)]);
  // In reading order, with every run of white space (line breaks in wrapped titles too) as one
  // space.
  return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })
    .split('\f').filter((p) => p.trim()).map((p) => p.replace(/\s+/g, ' '));
}

test('printing while the run plays pauses it, and the debrief has the month printed', async () => {
  const { page, errors } = await openApp(app.browser, app.url);
  await page.click('#run');
  await waitForMonth(page, 6);
  // The debrief is not rebuilt on every month of a playing run; the browser's print command
  // (here its event) pauses the run and so brings the debrief up to date.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.waitForSelector('#run');
  const month = await monthShown(page);
  assert.ok(month >= 6 && month < 120, `paused at month ${month}`);
  assert.match(await page.textContent('.debrief-facts'), new RegExp(`; ${month} of 120 months simulated;`));
  assert.deepEqual(errors, []);
});

test('the debrief of a finished run prints the story of the run and none of the controls', async () => {
  const { page, errors } = await openApp(app.browser, app.url);
  await runToEnd(page);
  // The button opens the browser's print dialog.
  await page.evaluate(() => { window.print = () => { window.printed = true; }; });
  await page.click('#print-debrief');
  assert.equal(await page.evaluate(() => window.printed), true);

  const pages = await printed(page, 'debrief-default');
  const text = pages.join(' ');
  console.log(`debrief: ${pages.length} A4 pages`);
  assert.ok(pages.length >= 2 && pages.length <= 6, `${pages.length} pages`);
  assert.match(pages[0], /Debrief: Development alliance \(five partners\)/);
  for (const expected of [
    /Seed 42; 120 of 120 months simulated; coordination at the start: Self-steering/,
    /AidWorks/, /YouthLink/, /Professionalism/,
    /Phase at the end Phase [123] \(.*\) from month \d+/,
    /Added value \(meerwaarde\) [+−]?\d+\.\d value units \(\d+\.\d together against \d+\.\d alone\)/,
    /Partners kept \d of 5/,
    /Months 0 to \d+: phase 1 \(start: design and alignment\)/,
    /Turning points and their causes/,
    /Month 1: Get to know each other/,
    /Why are we doing this again\? \(Waarom doen we dit ook alweer\?\)/,
    /Are we really working on lasting results\?/,
    /Phases over time, with interventions and shocks/,
    /Trust, mutual knowledge, shared vision, value alignment/,
  ]) {
    assert.match(text, expected);
  }
  for (const control of ['Run ensemble', 'Copy share link', 'Event log CSV', 'Compare A and B', 'How the model works']) {
    assert.ok(!text.includes(control), `the print leaves out "${control}"`);
  }
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: join(screenshotDir, 'debrief-print-media.png'), fullPage: true });
  assert.deepEqual(errors, []);
});

test('in compare mode the debrief shows run A and run B side by side', async () => {
  const { page, errors } = await openApp(app.browser, app.url);
  await page.click('#compare-toggle');
  await page.waitForSelector('#compare');
  await page.check('#target-b');
  await page.selectOption('#style', 'chair');
  await runToEnd(page);
  const text = (await printed(page, 'debrief-compare')).join(' ');
  assert.match(text, /Run A Run B/);
  assert.match(text, /Run A: the phases over time/);
  assert.match(text, /Run B: turning points and their causes Month 1: coordination: independent chair/);
  assert.deepEqual(errors, []);
});

test('a Dutch debrief printed within a lesson has the chapter, its question and the Dutch texts', async () => {
  const { page, errors } = await openApp(app.browser, app.url + '?lang=nl#lesson=three_phases&chapter=3');
  await page.waitForSelector('#lesson-panel');
  await runToEnd(page);
  const text = (await printed(page, 'debrief-lesson-nl')).join(' ');
  for (const expected of [
    /Ontwikkelingsalliantie \(vijf partners\)/,
    /Les: De drie fasen, hoofdstuk 3 van 4: Een alliantie kan terugvallen/,
    /Vraag: Wat kan een productieve alliantie terugwerpen naar een eerdere fase\?/,
    /Waarom doen we dit ook alweer\?/,
    /Meerwaarde [+−]?\d+,\d/,
  ]) {
    assert.match(text, expected);
  }
  assert.doesNotMatch(text, /Turning points|Why are we doing this/, 'no English headings');
  assert.deepEqual(errors, []);
});
