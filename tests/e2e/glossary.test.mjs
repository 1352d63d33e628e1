// The glossary in a real headless Chromium: every term the page explains has a help button
// whose explanation gives the plain meaning and the article's Dutch term, opens by keyboard
// and closes with Escape, fits a phone screen, and has its entry in the glossary of "How the
// model works".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openApp } from './harness.mjs';

const app = useApp();

test('every explained term has a glossary entry with its Dutch term', async () => {
  const { page, errors } = await openApp(app.browser, app.url);
  assert.deepEqual(await page.$$eval('[data-term-missing]', (els) => els.map((e) => e.dataset.termMissing)), [],
    'every term names an entry that exists');
  const keys = [...new Set(await page.$$eval('.term-help', (els) => els.map((e) => e.dataset.term)))];
  for (const key of ['trust', 'mutual-knowledge', 'control', 'added-value', 'seed', 'ensemble', 'size', 'constituency', 'lead-partner']) {
    assert.ok(keys.includes(key), `the page explains ${key}: ${keys}`);
  }
  // A partner's numbers under the network explain their terms too.
  await page.click('.chips li:first-child button');
  for (const key of ['capability', 'rank', 'reactance']) {
    assert.equal(await page.locator(`#partner-details .term-help[data-term="${key}"]`).count(), 1, key);
  }
  keys.push('capability', 'rank', 'reactance');
  await page.click('#open-model');
  const entries = await page.$$eval('#glossary dl > div', (divs) => divs.map((d) => ({
    id: d.id, term: d.querySelector('dt').textContent, dutch: d.querySelector('dt [lang="nl"]').textContent,
    meaning: d.querySelector('dd').textContent,
  })));
  assert.ok(entries.length >= 40, `${entries.length} glossary entries`);
  for (const key of keys) {
    const entry = entries.find((e) => e.id === `glossary-${key}`);
    assert.ok(entry, `the glossary lists ${key}`);
    assert.match(entry.dutch, /^ \(.+\)$/, `${key} has its Dutch term`);
    assert.ok(entry.meaning.length > 20, `${key} is explained`);
  }
  assert.match(entries.find((e) => e.id === 'glossary-added-value').term, /Added value \(meerwaarde\)/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a term opens by keyboard, shows its meaning and Dutch term, and closes with Escape', async () => {
  const { page, errors } = await openApp(app.browser, app.url);
  const button = '.slider:has(#control) .term-help';
  assert.equal(await page.getAttribute(button, 'aria-label'), 'What is “Trust versus control”?');
  await page.focus(button);
  await page.keyboard.press('Enter');
  const tip = page.locator('.term-tip:popover-open');
  await tip.waitFor();
  assert.match(await tip.textContent(), /^Trust versus control \(vertrouwen versus controle\): How the alliance is governed, from 0/);
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('.term-tip:popover-open').count(), 0, 'Escape closes it');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.term), 'control', 'focus stays on the button');
  // The explanation lives outside the text it explains, which stays the term alone.
  assert.match(await page.textContent('#phase-value strong'), /^Added value \(meerwaarde\) so far: $/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('on a phone the explanation fits the screen', async () => {
  const { page, errors } = await openApp(app.browser, app.url, { width: 390, height: 844 });
  for (const key of ['seed', 'horizon', 'control']) {
    const button = page.locator(`.term-help[data-term="${key}"]`).first();
    await button.scrollIntoViewIfNeeded();
    await button.click();
    const box = await page.locator('.term-tip:popover-open').boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 390, `${key}: ${JSON.stringify(box)}`);
    await page.keyboard.press('Escape');
  }
  assert.deepEqual(errors, []);
  await page.close();
});
