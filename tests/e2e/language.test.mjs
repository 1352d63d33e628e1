// Dutch and English: the language comes from ?lang=, the switch in the top bar changes it and
// is remembered, numbers get a decimal comma in Dutch, and a Dutch page has no English text
// left (allowing names: of the app, the partners, the languages).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { useApp, openApp, screenshotDir } from './harness.mjs';

const app = useApp();

/** Every visible text of the page and its titles and labels, each trimmed, with letters. */
const visibleTexts = (page) => page.evaluate(() => {
  const out = new Set();
  const visible = (e) => e && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.textContent.trim();
    if (/[A-Za-z]{3}/.test(text) && visible(n.parentElement)) out.add(text);
  }
  for (const e of document.querySelectorAll('[title], [aria-label], [placeholder]')) {
    if (!visible(e)) continue;
    for (const name of ['title', 'aria-label', 'placeholder']) {
      const text = (e.getAttribute(name) || '').trim();
      if (/[A-Za-z]{3}/.test(text)) out.add(text);
    }
  }
  return [...out];
});

/** Texts that are the same in both languages: names (of the app, the languages, the file
 * formats, the partners) and the few words Dutch shares with English. */
const NAMES = new RegExp('^(Alliance Lab|English|Nederlands|PNG|CSV|JSON|TOML'
  + '|AidWorks|Voice|KnowHow Institute|SocialTech|YouthLink|Partner \\d+: .+'
  + '|Start|Scenario|Plan|Conflict|Commitment|Empowerment|Partners|Partners \\(\\d+\\)|[Rr]un [AB])$');

/** Brings the page to the same state in either language: the default run at month 24. */
async function prepare(page) {
  for (let i = 0; i < 24; i += 1) await page.click('#step');
}

test('a Dutch page has no English text left', async () => {
  const { page: en, errors: enErrors } = await openApp(app.browser, app.url + '?lang=en');
  await prepare(en);
  const { page: nl, errors } = await openApp(app.browser, app.url + '?lang=nl');
  await prepare(nl);
  assert.equal(await nl.getAttribute('html', 'lang'), 'nl');
  const leftOver = async (where) => {
    const english = new Set(await visibleTexts(en));
    const left = (await visibleTexts(nl)).filter((t) => english.has(t) && !NAMES.test(t));
    assert.deepEqual(left, [], `English text on the Dutch page (${where}): ${JSON.stringify(left.slice(0, 40))}`);
  };
  await nl.screenshot({ path: join(screenshotDir, 'dutch-page.png'), fullPage: true });
  await leftOver('the default run at month 24');
  // A lesson chapter, with its texts from the lesson's Dutch side.
  for (const page of [en, nl]) await page.click('#lesson-open-coordinator_or_chair');
  await leftOver('a lesson chapter');
  // Compare mode, and the model's explanation with its glossary.
  for (const page of [en, nl]) {
    await page.click('#compare-toggle');
    await page.click('#open-model');
  }
  await leftOver('compare mode with the model explained');
  assert.deepEqual(errors, []);
  assert.deepEqual(enErrors, []);
});

test('the language switch changes the page, is remembered, and Dutch numbers have a decimal comma', async () => {
  const { page, errors } = await openApp(app.browser, app.url);
  assert.equal(await page.textContent('#present-toggle'), 'Present');
  await page.selectOption('#lang', 'nl');
  assert.equal(await page.textContent('#present-toggle'), 'Presenteren');
  assert.equal(await page.getAttribute('html', 'lang'), 'nl');
  await page.reload();
  await page.waitForSelector('#present-toggle');
  assert.equal(await page.textContent('#present-toggle'), 'Presenteren', 'the choice is remembered');
  assert.match(await page.textContent('output[for=control]'), /^0,50$/);
  await page.selectOption('#lang', 'en');
  assert.equal(await page.textContent('#present-toggle'), 'Present');
  assert.match(await page.textContent('output[for=control]'), /^0\.50$/);
  assert.deepEqual(errors, []);
});

test('a notice and the opened file are said again in the new language after a switch', async () => {
  const { page, errors } = await openApp(app.browser, app.url + '?lang=en');
  // A JSON scenario is read in the page; one made for model 1 opens with a warning.
  const older = JSON.stringify({ title: 'Two partners', model_version: 1, partners: [{ name: 'Alpha' }, { name: 'Beta' }] });
  await page.setInputFiles('#open-file', { name: 'older.json', mimeType: 'application/json', buffer: Buffer.from(older) });
  await page.waitForSelector('#notice');
  assert.match(await page.textContent('#loaded'), /^Opened the file older\.json: Two partners\./);
  assert.match(await page.textContent('#notice'), /made for model 1; this is model \d+, so its runs differ/);
  await page.selectOption('#lang', 'nl');
  assert.match(await page.textContent('#loaded'), /^Geopend vanuit het bestand older\.json: Two partners\./);
  assert.match(await page.textContent('#notice'), /gemaakt voor model 1; dit is model \d+, dus de runs wijken af/);

  // A damaged share link, reported in Dutch, then in English after the switch back.
  await page.evaluate(() => { window.location.hash = 's=v4.AAAA'; });
  await page.waitForFunction(() => /deellink kon niet/.test(document.querySelector('#notice')?.textContent ?? ''));
  await page.selectOption('#lang', 'en');
  assert.match(await page.textContent('#notice'), /^The share link could not be opened/);
  assert.deepEqual(errors, []);
});
