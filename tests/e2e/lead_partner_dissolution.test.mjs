// Model v2 in the app, in a real headless Chromium: the controlling_coordinator preset with a
// lead partner (penvoerder) instead shows the lead partner in the style picker, the network
// and the phase panel; an alliance of two partners of which one leaves dissolves, and every
// view says "dissolved" instead of a phase. Screenshots of the phase panel, the charts and
// the governance panel at desktop (1440×900) and phone (390×844) widths go to target/e2e.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  useApp, openApp, monthShown, paintedPixels, screenshotDir, runAxe, runToEnd,
} from './harness.mjs';

const app = useApp();

/** Opens scenario text as if the user chose the file `name`, and waits until it is loaded. */
async function openScenario(page, name, text) {
  await page.setInputFiles('#open-file', { name, mimeType: 'text/plain', buffer: Buffer.from(text) });
  await page.waitForSelector('#loaded');
  assert.match(await page.textContent('#loaded'), new RegExp(`Opened the file ${name.replace('.', '\\.')}`));
  assert.equal(await page.$('#notice'), null, 'a file of the current model opens without a warning');
}

/** The event log's lines, newest first. */
function eventLog(page) {
  return page.$$eval('#events li', (items) => items.map((li) => li.textContent));
}

/**
 * Saves a screenshot of one element under target/e2e. It is cut from a full-page shot, so the
 * sticky run controls stay at the top of the page instead of covering the element.
 */
async function shoot(page, selector, file) {
  const clip = await page.locator(selector).first().evaluate((e) => {
    const r = e.getBoundingClientRect();
    return { x: r.x + window.scrollX, y: r.y + window.scrollY, width: r.width, height: r.height };
  });
  await page.screenshot({ path: join(screenshotDir, file), fullPage: true, clip });
}

test('controlling_coordinator with a lead partner instead: the style readout and the phase panel', async () => {
  const { page, errors } = await openApp(app.browser, app.url, { width: 1440, height: 900 });
  const preset = await readFile('scenarios/controlling_coordinator.toml', 'utf8');
  const lead = preset.replace('style = "controlling_coordinator"', 'style = "lead_partner"');
  assert.notEqual(lead, preset, 'the preset names the controlling coordinator style');
  await openScenario(page, 'lead_partner.toml', lead);

  // AidWorks, partner 0, leads: the picker, its hint and the network say so.
  assert.equal(await page.inputValue('#style'), 'lead-0');
  assert.equal(await page.$eval('#style', (s) => s.selectedOptions[0].textContent), 'Lead partner (penvoerder): AidWorks');
  assert.match(await page.textContent('#style ~ .hint'), /agreed powers/);
  assert.match(await page.textContent('#network-summary'), /AidWorks leads as lead partner \(penvoerder\)/);
  // Levels read as a word and a percentage, "moderate, 50 %".
  const clarityOf = async () => {
    const text = await page.textContent('#decision-clarity');
    const match = /^(very low|low|moderate|high|very high), (\d+) %$/.exec(text);
    assert.ok(match, `decision clarity reads as a level: ${text}`);
    return Number(match[2]) / 100;
  };
  const startClarity = await clarityOf();
  assert.equal(startClarity, 0.5, 'the scenario starts at the default decision clarity');

  await runToEnd(page);
  assert.equal(await monthShown(page), 120);
  const phase = await page.textContent('#phase-title');
  assert.match(phase, /^Phase [123]: /);
  assert.equal((await page.textContent('#phase-now')).slice(0, 8), phase.slice(0, 8), 'the run controls show the phase');
  assert.match(await page.textContent('#phase-cause'), /Last phase change: /);
  assert.match(await page.textContent('#phase-value'), /^Added value \(meerwaarde\) so far: (?:[+−]\d+\.\d|0\.0) \(\d+\.\d produced together against \d+\.\d alone\)/);
  const log = await eventLog(page);
  assert.ok(!log.some((l) => /controlling coordinator/i.test(l)), 'nobody coordinates with control');
  // A lead partner keeps decisions clear: clarity moves from 0.5 towards its aim of 0.8.
  const clarity = await clarityOf();
  assert.ok(clarity > 0.7, `decision clarity after 120 months with a lead partner: ${clarity}`);
  console.log('lead partner:', phase.trim(), '| decision clarity', startClarity, '->', clarity);

  // The buttons of the current phase carry the mark, and every "Doen!" tooltip names its phase.
  const current = Number(/^Phase (\d)/.exec(phase)[1]);
  const marked = await page.$$eval('button.fits-now', (bs) => bs.map((b) => b.title));
  assert.ok(marked.length >= 3, `marked buttons: ${marked.length}`);
  assert.ok(marked.every((t) => t.includes(`Works best in phase ${current}`)), marked.join(' | '));
  assert.match(await page.getAttribute('#do-clarify-decisions-and-escalation', 'title'), /Works in any phase/);
  assert.match(await page.getAttribute('#shock-funding-exclusion', 'title'), /weakest position/);

  await page.waitForTimeout(100);
  for (const id of ['#chart-value-canvas', '#chart-added-value-canvas', '#chart-monthly-value-canvas', '#timeline-canvas']) {
    assert.ok((await paintedPixels(page, id)) > 1000, `${id} is blank`);
  }
  assert.match(await page.textContent('#chart-added-value-values'), /Added value \(meerwaarde\): together minus alone -?\d/);
  // A reference line is said as the threshold it is, not as a measured level.
  assert.match(await page.textContent('#chart-added-value-values'), /Zero: as much as the partners alone at 0\.0 value units/);
  assert.match(await page.textContent('#chart-process-values'), /Alarm: too much process at \d+ %/);
  await shoot(page, '#phase-panel', 'v2-phase-panel-desktop.png');
  await shoot(page, '#governance-title >> xpath=..', 'v2-governance-desktop.png');
  await shoot(page, '.charts', 'v2-charts-desktop.png');
  await shoot(page, '#start-governance', 'v2-start-governance-desktop.png');
  await shoot(page, '#interventions-title >> xpath=..', 'v2-interventions-desktop.png');
  assert.deepEqual(errors, []);
});

/** Two partners; the second leaves in month 6 on the scenario's schedule. */
const TWO_PARTNERS = `title = "Two partners, one leaves"
model_version = 2
seed = 5
horizon_months = 24

[[partners]]
name = "Alpha"

[[partners]]
name = "Beta"

[[schedule]]
month = 6
action = "partner_exit"
partner = "Beta"
`;

test('an alliance of two partners of which one leaves shows as dissolved everywhere', async () => {
  const { page, errors } = await openApp(app.browser, app.url, { width: 1440, height: 900 });
  await openScenario(page, 'two_partners.toml', TWO_PARTNERS);
  for (let i = 0; i < 5; i += 1) await page.click('#step');
  assert.match(await page.textContent('#phase-title'), /^Phase 1: /, 'still an alliance in month 5');
  await page.click('#step');
  assert.equal(await monthShown(page), 6);

  // The phase panel: dissolved, why (the last exit), and nothing left to steer.
  assert.match(await page.textContent('#phase-title'), /^Dissolved/);
  assert.equal(await page.textContent('#phase-now'), 'Dissolved', 'the run controls say so too');
  assert.match(await page.getAttribute('#phase-panel', 'class'), /\bphase0\b/);
  assert.match(await page.textContent('#dissolved-why'), /Beta leaves the alliance \(month 6\)/);
  assert.match(await page.textContent('#phase-panel'), /Nothing is left to steer/);
  assert.match(await page.textContent('#interventions-dissolved'), /nothing left to steer/);
  assert.match(await page.textContent('#phase-value'), /when it ended: −\d+\.\d .*never produced more than alone/);
  assert.ok(await page.$eval('#do-get-to-know-each-other', (b) => b.disabled), 'interventions are switched off');

  // The event log and the timeline say so too, and it stays dissolved.
  const log = await eventLog(page);
  assert.ok(log.some((l) => /The alliance has dissolved: one partner is left/.test(l)), log.join(' | '));
  await runToEnd(page, 24);
  assert.match(await page.textContent('#timeline-values'), /^Month 24: dissolved since month 6;/);
  assert.match(await page.textContent('#phase-title'), /^Dissolved/);
  await page.waitForTimeout(100);
  await shoot(page, '#phase-panel', 'v2-dissolved-phase-panel-desktop.png');
  await shoot(page, '#timeline', 'v2-dissolved-timeline-desktop.png');

  // Every run of the ensemble dissolves in month 6: the table and the phase shares say so.
  await page.fill('#ensemble-runs', '50');
  await page.click('#ensemble-run');
  await page.waitForFunction(() => / ms with \d+ workers?/.test(document.querySelector('#ensemble-status').textContent));
  const cells = await page.$$eval('#ensemble-probabilities tbody td', (tds) => tds.map((td) => td.textContent));
  assert.equal(cells[3], '100%', `P(dissolved): ${cells}`);
  assert.match(await page.textContent('#ensemble-probabilities thead'), /P\(dissolved\)/);
  assert.match(await page.textContent('#phases-a-values'), /month 24: phase 1 0%, phase 2 0%, phase 3 0%, dissolved 100%/);
  await page.waitForTimeout(100);
  await shoot(page, '#ensemble', 'v2-dissolved-ensemble-desktop.png');
  const violations = await runAxe(page);
  console.log('axe violations (dissolved):', JSON.stringify(violations, null, 1));
  assert.deepEqual(violations, []);

  // At phone width the dissolved panel and the governance panel still read.
  const phone = await openApp(app.browser, app.url, { width: 390, height: 844 });
  await openScenario(phone.page, 'two_partners.toml', TWO_PARTNERS);
  await runToEnd(phone.page, 24);
  await phone.page.waitForTimeout(100);
  await shoot(phone.page, '#phase-panel', 'v2-dissolved-phase-panel-phone.png');
  await shoot(phone.page, '#governance-title >> xpath=..', 'v2-governance-phone.png');
  await shoot(phone.page, '.charts', 'v2-charts-phone.png');
  await shoot(phone.page, '#interventions-title >> xpath=..', 'v2-interventions-phone.png');
  const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the phone page scrolls sideways by ${overflow}px`);
  assert.deepEqual([...errors, ...phone.errors], []);
});

// The style a user picks mid-run names its partner in the share link, so the replay has the
// same partner leading.
test('a switch to a lead partner mid-run replays from its share link', async () => {
  const { page, errors } = await openApp(app.browser, app.url);
  for (let i = 0; i < 3; i += 1) await page.click('#step');
  await page.selectOption('#style', 'lead-2');
  for (let i = 0; i < 3; i += 1) await page.click('#step');
  await page.click('#share-copy');
  const link = await page.inputValue('#share-link');
  const fresh = await openApp(app.browser, link);
  await fresh.page.waitForSelector('#loaded');
  assert.equal(await fresh.page.$('#notice'), null, 'the link opens without a message');
  assert.equal(await monthShown(fresh.page), 6);
  assert.equal(await fresh.page.inputValue('#style'), 'lead-2', 'partner 2 leads in the replay too');
  assert.deepEqual([...errors, ...fresh.errors], []);
});
