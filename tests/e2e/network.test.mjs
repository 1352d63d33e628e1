// The network view in a real headless Chromium: its legend explains the colours it draws and
// nothing else, at the start and after the partners' values have shifted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openApp, runToEnd } from './harness.mjs';

const app = useApp();

/** The strongest value of every partner still in the alliance, as its details say it. */
async function strongestValues(page) {
  const values = new Set();
  for (const chip of await page.$$('.chips li button:not(.left)')) {
    await chip.click();
    values.add(await page.$$eval('#partner-details dl > div', (rows) =>
      rows.map((r) => [r.querySelector('dt').textContent, r.querySelector('dd').textContent])
        .find(([term]) => term.startsWith('Strongest value'))[1]));
  }
  return [...values].sort();
}

/** The values the legend names. */
async function legendValues(page) {
  const keys = await page.$$eval('.network .legend li', (items) => items.map((li) => li.textContent)
    .filter((text) => text.startsWith('Strongest value: ')).map((text) => text.slice('Strongest value: '.length)));
  return keys.sort();
}

test('the network legend names exactly the strongest values its partners hold', async () => {
  const { page, errors } = await openApp(app.browser, app.url);
  const start = await strongestValues(page);
  assert.ok(start.length >= 1, 'the partners hold a value');
  assert.deepEqual(await legendValues(page), start, 'at the start');
  await runToEnd(page);
  assert.deepEqual(await legendValues(page), await strongestValues(page), 'at the end of the run');
  assert.deepEqual(errors, []);
  await page.close();
});
