// Hostile input in a real headless Chromium: a share link holding 40,000 bad schedule
// entries and a 5 MB scenario file each get a short, visible message, and the page stays
// responsive: a click on Step advances the month within a second. The message texts belong to the scenario and share
// modules; these tests check their shape, not their words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateRawSync } from 'node:zlib';
import { useApp, openApp, monthShown } from './harness.mjs';

const app = useApp();

/** The longest message the page may show for one input, in characters: about a screenful,
 * where an unbounded list of problems would be megabytes. */
const SHORT = 8000;

/** A share token as the app writes one: deflated JSON, base64url without padding. */
function token(json) {
  return `v2.${deflateRawSync(Buffer.from(json), { level: 9 }).toString('base64url')}`;
}

/** Asserts that a click on Step advances the month within a second. */
async function assertResponsive(page) {
  const month = await monthShown(page);
  const started = Date.now();
  await page.click('#step');
  await page.waitForFunction(
    (m) => Number(/Month (\d+)/.exec(document.querySelector('#month').textContent)[1]) > m,
    month,
    { timeout: 1000 },
  );
  return Date.now() - started;
}

/** The text of a visible message element, asserted short. */
async function shortMessage(page, selector) {
  await page.waitForSelector(selector, { state: 'visible', timeout: 15000 });
  const text = await page.textContent(selector);
  assert.ok(text.trim().length > 0, `${selector} is empty`);
  assert.ok(text.length <= SHORT, `${selector} holds ${text.length} characters: ${text.slice(0, 300)}…`);
  return text;
}

test('a link holding 40,000 bad schedule entries shows a short message and the page stays responsive', async () => {
  // Month 0 and an unknown action: two problems per entry. The JSON stays under the 1 MiB
  // a link may unpack to, so the link reaches the scenario's validation.
  const entries = Array(40000).fill('{"month":0,"action":"x"}').join(',');
  const json = `{"title":"x","partners":[{"name":"A"},{"name":"B"}],"schedule":[${entries}]}`;
  assert.ok(json.length < 1024 * 1024, `${json.length} bytes`);
  const link = token(json);
  console.log(`hostile link: ${link.length} characters holding ${json.length} bytes of JSON`);
  const started = Date.now();
  const { page, errors } = await openApp(app.browser, `${app.url}#s=${link}`);
  const message = await shortMessage(page, '#notice');
  console.log(`message after ${Date.now() - started} ms (${message.length} characters): ${message.slice(0, 200)}`);
  console.log(`a click on Step answered in ${await assertResponsive(page)} ms`);
  assert.deepEqual(errors, []);
});

test('a 5 MB scenario file shows a short message and the page stays responsive', async () => {
  const { page, errors } = await openApp(app.browser, app.url);
  const big = `title = "x"\ndescription = "${'y'.repeat(5_300_000)}"\n[[partners]]\nname = "A"\n[[partners]]\nname = "B"\n`;
  const started = Date.now();
  await page.setInputFiles('#open-file', { name: 'big.toml', mimeType: 'text/plain', buffer: Buffer.from(big) });
  const message = await shortMessage(page, '#file-errors');
  console.log(`message after ${Date.now() - started} ms: ${message}`);
  console.log(`a click on Step answered in ${await assertResponsive(page)} ms`);
  assert.equal(await page.$('#loaded'), null, 'nothing was opened');
  assert.deepEqual(errors, []);
});
