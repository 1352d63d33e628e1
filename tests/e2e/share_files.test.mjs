// Share links, scenario files and exports in a real headless Chromium: a run with a shock
// and a style change replays identically from its share link (which opens at the month it
// was made at), from its downloaded TOML in a fresh page, and natively with the CLI; damaged
// links and bad files get clear messages.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import {
  useApp, openApp, monthShown, runToEnd, downloadText, downloadBytes, cli,
} from './harness.mjs';

const app = useApp();
let dir;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'alliance-e2e-'));
});

/** Steps a few months, fires a shock, steps on, switches to an independent chair. */
async function actAndRun(page) {
  for (let i = 0; i < 12; i += 1) await page.click('#step');
  await page.click('#shock-funding-unequal');
  for (let i = 0; i < 12; i += 1) await page.click('#step');
  await page.selectOption('#style', 'chair');
  await page.click('#step');
  await runToEnd(page);
}

test('a share link replays the same run in a fresh page', async () => {
  const { page, errors } = await openApp(app.browser, app.url);
  await actAndRun(page);
  const { text: original } = await downloadText(page, '#export-series');
  await page.click('#share-copy');
  const link = await page.inputValue('#share-link');
  assert.match(link, /#s=v4\.[A-Za-z0-9_-]+&m=120$/);
  assert.equal(await page.evaluate(() => window.location.href), link, 'the address bar holds the link');
  console.log(`share link: ${link.length} characters`);

  const fresh = await openApp(app.browser, link);
  assert.match(await fresh.page.textContent('#loaded'), /Opened a share link/);
  assert.equal(await monthShown(fresh.page), 120, 'the link opens at the month it was made at');
  const { text: replayed } = await downloadText(fresh.page, '#export-series');
  assert.equal(replayed, original, 'the replayed series equals the original');
  const log = await fresh.page.$$eval('#events li', (items) => items.map((li) => li.textContent));
  assert.ok(log.some((l) => /Funding round \(unequal/.test(l)), 'the shock replays');
  assert.ok(log.some((l) => /independent chair/i.test(l)), 'the style change replays');
  assert.equal(await fresh.page.$('#notice'), null, 'a current link needs no warning');

  // The same link as an earlier version wrote it (deflated without the preset dictionary)
  // opens too, but warns that the run differs.
  const token = /#s=v4\.([^&]+)/.exec(link)[1];
  const dictionary = readFileSync(new URL('../../src/share/dictionary-v4.txt', import.meta.url));
  const json = inflateRawSync(Buffer.from(token, 'base64url'), { dictionary });
  const v2 = deflateRawSync(json, { level: 9 }).toString('base64url');
  const older = await openApp(app.browser, link.replace(/#s=v4\.[^&]+/, `#s=v2.${v2}`));
  assert.match(await older.page.textContent('#loaded'), /Opened a share link/);
  assert.match(await older.page.textContent('#notice'), /earlier version of Alliance Lab.*curves differ/s);
  assert.deepEqual([...errors, ...fresh.errors, ...older.errors], []);
});

test('a link made mid-run opens at its month with the same event log', async () => {
  const { page, errors } = await openApp(app.browser, app.url);
  for (let i = 0; i < 12; i += 1) await page.click('#step');
  await page.click('#shock-funding-unequal');
  for (let i = 0; i < 25; i += 1) await page.click('#step');
  assert.equal(await monthShown(page), 37);
  const logOf = (p) => p.$$eval('#events li', (items) => items.map((li) => li.textContent));
  const original = await logOf(page);
  assert.ok(original.some((l) => /Funding round \(unequal/.test(l)), 'the shock is logged before the link is made');
  await page.click('#share-copy');
  const link = await page.inputValue('#share-link');
  assert.match(link, /&m=37$/);

  const fresh = await openApp(app.browser, link);
  await fresh.page.waitForSelector('#loaded');
  assert.match(await fresh.page.textContent('#loaded'), /Opened a share link.*month 37/);
  assert.equal(await monthShown(fresh.page), 37);
  assert.deepEqual(await logOf(fresh.page), original, 'the event log reads the same');
  assert.deepEqual([...errors, ...fresh.errors], []);

  // A damaged month opens the run at month 0 without a message; a month beyond the horizon
  // opens it at the horizon.
  const base = link.replace(/&m=37$/, '');
  for (const [suffix, month] of [['', 0], ['&m=abc', 0], ['&m=-5', 0], ['&m=99999999999', 0], ['&m=500', 120]]) {
    const opened = await openApp(app.browser, `${base}${suffix}`);
    await opened.page.waitForSelector('#loaded');
    assert.equal(await monthShown(opened.page), month, `month of ${suffix || 'no month'}`);
    assert.equal(await opened.page.$('#notice'), null, `no message for ${suffix || 'no month'}`);
    assert.deepEqual(opened.errors, []);
    await opened.page.close();
  }
  await page.close();
  await fresh.page.close();
});

test('a link made in compare mode opens both runs, each with the same series', async () => {
  const { page, errors } = await openApp(app.browser, app.url);
  await page.click('#compare-toggle');
  await page.waitForSelector('#compare');
  for (let i = 0; i < 6; i += 1) await page.click('#step');
  await page.check('#target-b');
  await page.selectOption('#style', 'chair');
  await page.check('#target-a');
  await page.click('#shock-field-change');
  for (let i = 0; i < 24; i += 1) await page.click('#step');
  await page.click('#share-copy');
  const link = await page.inputValue('#share-link');
  assert.match(link, /#s=v4\.[^&]+&b=v4\.[^&]+&m=30$/);
  const seriesA = (await downloadText(page, '#export-series')).text;
  const seriesB = (await downloadText(page, '#export-series-b')).text;
  assert.notEqual(seriesA, seriesB, 'the runs differ');
  const { name: tomlB, text: scenarioB } = await downloadText(page, '#download-toml-b');
  assert.equal(tomlB, 'alliance-scenario-b.toml');
  assert.match(scenarioB, /action = "set_style"/, "B's scenario file holds its style change");
  const fileB = join(dir, 'alliance-scenario-b.toml');
  await writeFile(fileB, scenarioB);
  const nativeB = execFileSync(cli, ['run', fileB, '--months', '30', '--format', 'csv'], { encoding: 'utf8' });
  assert.equal(nativeB, seriesB, 'the CLI runs scenario B to the same series');

  const fresh = await openApp(app.browser, link);
  await fresh.page.waitForSelector('#compare');
  assert.equal(await monthShown(fresh.page), 30);
  assert.equal((await downloadText(fresh.page, '#export-series')).text, seriesA, 'run A replays');
  assert.equal((await downloadText(fresh.page, '#export-series-b')).text, seriesB, 'run B replays');

  // Run B of another length cannot run in lockstep with A: the link is refused as a whole.
  const other = await openApp(app.browser, app.url);
  await other.page.fill('#horizon', '60');
  await other.page.click('#reset');
  await other.page.click('#share-copy');
  const shortB = /&?s=([^&]+)/.exec(await other.page.inputValue('#share-link'))[1];
  const mismatched = await openApp(app.browser, link.replace(/&b=[^&]+/, `&b=${shortB}`));
  await mismatched.page.waitForSelector('#notice');
  assert.match(await mismatched.page.textContent('#notice'), /Run B of the link has another seed or horizon/);
  assert.equal(await mismatched.page.$('#compare'), null);
  assert.deepEqual([...errors, ...fresh.errors, ...other.errors, ...mismatched.errors], []);
  for (const p of [page, fresh.page, other.page, mismatched.page]) await p.close();
});

test('damaged, future and hostile links show a message and the default scenario', async () => {
  const cases = [
    ['s=v1.AAAA@@@@', /damaged/],
    ['s=v1.q1YqSi0uyS9QslIqzs9NVbIy1FFKzs8rSc0rUbIyVKoFAA', /damaged|not valid|not a scenario/],
    ['s=v9.abcdef', /newer version/],
    ['s=<img src=x onerror="window.__pwned=1">', /not an Alliance Lab share link/],
    [`s=v1.${'A'.repeat(70000)}`, /too long/],
  ];
  for (const [fragment, message] of cases) {
    const { page, errors } = await openApp(app.browser, `${app.url}#${fragment}`);
    const notice = await page.textContent('#notice');
    assert.match(notice, message, `${fragment.slice(0, 30)}: ${notice}`);
    assert.match(notice, /default scenario/);
    assert.equal(await monthShown(page), 0);
    assert.equal(await page.$('#loaded'), null);
    assert.equal(await page.evaluate(() => window.__pwned ?? null), null, 'nothing from the link runs');
    assert.equal(await page.$$eval('img', (imgs) => imgs.length), 0, 'nothing from the link becomes HTML');
    assert.deepEqual(errors, []);
    await page.close();
  }
});

test('the downloaded TOML runs identically in the CLI and after opening it in a fresh page', async () => {
  const { page, errors } = await openApp(app.browser, app.url);
  await actAndRun(page);
  const { name: tomlName, text: toml } = await downloadText(page, '#download-toml');
  const { name: csvName, text: browserCsv } = await downloadText(page, '#export-series');
  assert.equal(tomlName, 'alliance-scenario.toml');
  assert.equal(csvName, 'alliance-series.csv');
  assert.match(toml, /action = "funding_round"/);
  assert.match(toml, /action = "independent_chair"|chair/);

  // The monthly series CSV: the CLI's header, one row per month 0..=120.
  const lines = browserCsv.trimEnd().split('\n');
  assert.equal(lines.length, 122, 'a header and 121 monthly rows');
  const header = lines[0].split(',');
  assert.equal(header[0], 'month');
  for (const column of ['phase', 'trust', 'conflict', 'added_value']) assert.ok(header.includes(column), `column ${column}`);
  assert.ok(lines.slice(1).every((l) => l.split(',').length === header.length), 'every row has every column');

  const tomlPath = join(dir, 'scenario.toml');
  await writeFile(tomlPath, toml);
  const nativeCsv = execFileSync(cli, ['run', tomlPath, '--format', 'csv'], { encoding: 'utf8' });
  assert.equal(nativeCsv, browserCsv, 'the CLI gives the identical series, byte for byte');

  const { text: events } = await downloadText(page, '#export-events');
  const eventLines = events.trimEnd().split('\n');
  assert.equal(eventLines[0], 'month,kind,text');
  assert.ok(eventLines.some((l) => /^\d+,shock,/.test(l)), 'the shock is in the event CSV');

  const fresh = await openApp(app.browser, app.url);
  await fresh.page.setInputFiles('#open-file', tomlPath);
  await fresh.page.waitForSelector('#loaded');
  assert.match(await fresh.page.textContent('#loaded'), /Opened the file scenario\.toml/);
  await runToEnd(fresh.page);
  const { text: reopened } = await downloadText(fresh.page, '#export-series');
  assert.equal(reopened, browserCsv, 'the reopened file replays the same series');
  assert.deepEqual([...errors, ...fresh.errors], []);
});

test('the TOML reader loads only when a TOML file is written or opened, and its absence is said', async () => {
  const { page, errors } = await openApp(app.browser, app.url);
  const readerLoads = [];
  page.on('request', (request) => {
    if (request.url().includes('reader_bg.wasm')) readerLoads.push(request.url());
  });
  await runToEnd(page);
  assert.deepEqual(readerLoads, [], 'a run loads no TOML reader');
  const { text: toml } = await downloadText(page, '#download-toml');
  assert.match(toml, /^title = /m);
  await page.setInputFiles('#open-file', { name: 'again.toml', mimeType: 'text/plain', buffer: Buffer.from(toml) });
  await page.waitForSelector('#loaded');
  assert.equal(readerLoads.length, 1, 'the reader is loaded once, for the download, and kept');
  assert.deepEqual(errors, []);

  // Offline, a TOML file cannot be read: the page says so in its language and keeps its run.
  const offline = await openApp(app.browser, `${app.url}?lang=nl`);
  await offline.page.route('**/reader_bg.wasm', (route) => route.abort());
  await offline.page.setInputFiles('#open-file', { name: 'again.toml', mimeType: 'text/plain', buffer: Buffer.from(toml) });
  await offline.page.waitForSelector('#file-errors');
  assert.match(await offline.page.textContent('#file-errors'), /scenariolezer.*kon niet worden geladen/);
  await offline.page.click('#download-toml');
  await offline.page.waitForSelector('#download-error');
  assert.match(await offline.page.textContent('#download-error'), /TOML-bestand kon niet worden geschreven/);
  await offline.page.unroute('**/reader_bg.wasm');
  await offline.page.setInputFiles('#open-file', { name: 'again.toml', mimeType: 'text/plain', buffer: Buffer.from(toml) });
  await offline.page.waitForSelector('#loaded');
  assert.equal(await offline.page.$('#file-errors'), null, 'back online, the next try reads the file');
});

test('a bad scenario file lists its problems by field and keeps the run', async () => {
  const { page, errors } = await openApp(app.browser, app.url);
  const good = execFileSync('cat', ['scenarios/default.toml'], { encoding: 'utf8' });
  const bad = good.replace(/size = [0-9.]+/, 'size = 1.9').replace('horizon_months = 120', 'horizon_months = 9000');
  await page.setInputFiles('#open-file', { name: 'bad.toml', mimeType: 'text/plain', buffer: Buffer.from(bad) });
  await page.waitForSelector('#file-errors');
  const text = await page.textContent('#file-errors');
  assert.match(text, /partners\[0\]\.size/, text);
  assert.match(text, /horizon_months/, text);
  console.log('file errors:', text);
  await page.setInputFiles('#open-file', {
    name: 'html.json', mimeType: 'application/json', buffer: Buffer.from('{"title": "<b>x</b>", "partners": 3}'),
  });
  await page.waitForFunction(() => !/partners\[0\]\.size/.test(document.querySelector('#file-errors').textContent));
  assert.equal(await page.$$eval('#file-errors b', (b) => b.length), 0, 'file text never becomes HTML');
  console.log('file errors (JSON):', await page.textContent('#file-errors'));
  assert.equal(await page.$('#loaded'), null);
  assert.equal(await monthShown(page), 0);
  assert.deepEqual(errors, []);
});

test('on the Dutch page a bad file is explained in Dutch, what the readers report included', async () => {
  const { page, errors } = await openApp(app.browser, `${app.url}?lang=nl`);
  const good = readFileSync('scenarios/default.toml', 'utf8');
  // The TOML reader stops at the first problem it meets, so each file has one.
  const cases = [
    [good.replace('horizon_months = 120', 'horison_months = 120'), /onbekend veld "horison_months"; de velden hier zijn title, /],
    [good.replace(/size = [0-9.]+/, 'size = "big"'), /partners\[0\]\.size \(regel \d+, kolom \d+\): moet een getal tussen 0 en 1 zijn, niet de tekst "big"/],
    [good.replace('action = "get_to_know"', 'action = "dance"'), /onbekende action "dance"; gebruik een van get_to_know, /],
  ];
  for (const [bad, expected] of cases) {
    await page.setInputFiles('#open-file', { name: 'fout.toml', mimeType: 'text/plain', buffer: Buffer.from(bad) });
    await page.waitForFunction((source) => new RegExp(source).test(document.querySelector('#file-errors')?.textContent ?? ''), expected.source);
    const text = await page.textContent('#file-errors');
    assert.doesNotMatch(text, /must be|unknown|use one of|the fields here/, text);
  }

  await page.setInputFiles('#open-file', { name: 'fout.json', mimeType: 'application/json', buffer: Buffer.from('{"title": "x",}') });
  await page.waitForFunction(() => /schrijfwijze/.test(document.querySelector('#file-errors')?.textContent ?? ''));
  const json = await page.textContent('#file-errors');
  assert.match(json, /regel 1, kolom 15: de tekst volgt hier de schrijfwijze van het bestand niet \(de lezer meldt: trailing comma\)/, json);
  assert.deepEqual(errors, []);
});

test('PNG downloads of a chart and of the network', async () => {
  const { page, errors } = await openApp(app.browser, app.url);
  for (let i = 0; i < 10; i += 1) await page.click('#step');
  await page.waitForTimeout(100);
  for (const [button, file] of [['#png-chart-value', 'alliance-chart-value.png'], ['#png-network', 'alliance-network.png'], ['#png-timeline', 'alliance-timeline.png']]) {
    const { name, bytes } = await downloadBytes(page, button);
    assert.equal(name, file);
    assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], `${file} is a PNG`);
    assert.ok(bytes.length > 2000, `${file} has content (${bytes.length} bytes)`);
  }
  assert.deepEqual(errors, []);
});

test('a link opens as the scenario it carries: its preset, description, style and plan', async () => {
  const { page, errors } = await openApp(app.browser, app.url);
  const coordinator = await page.$eval('#preset', (s) => [...s.options].find((o) => /Controlling coordinator/.test(o.textContent)).value);
  await page.selectOption('#preset', coordinator);
  const description = await page.textContent('#scenario-description');
  for (let i = 0; i < 5; i += 1) await page.click('#step');
  await page.click('#share-copy');
  const link = await page.inputValue('#share-link');

  // A fresh page whose own first preset is the default opens the link as the coordinator's.
  const fresh = await openApp(app.browser, link);
  assert.equal(await fresh.page.$eval('#preset', (s) => s.options[s.selectedIndex].textContent), 'Controlling coordinator');
  assert.equal(await fresh.page.textContent('#scenario-description'), description);
  assert.match(await fresh.page.$eval('#style', (s) => s.options[s.selectedIndex].textContent), /Controlling coordinator/);
  assert.equal(await monthShown(fresh.page), 5);
  const plan = await fresh.page.$$eval('#plan-list li', (items) => items.map((li) => li.textContent));
  assert.ok(plan.some((l) => /done/.test(l)), `the plan shows what was done: ${plan}`);

  // A scenario of its own (a title no preset has) is listed as opened, with its description.
  const text = readFileSync('scenarios/default.toml', 'utf8')
    .replace(/^title = .*$/m, 'title = "Our own alliance"')
    .replace(/^description = """[\s\S]*?"""/m, 'description = "Four partners we know."');
  const path = join(dir, 'own.toml');
  await writeFile(path, text);
  await fresh.page.setInputFiles('#open-file', path);
  await fresh.page.waitForFunction(() => /Our own alliance/.test(document.querySelector('#loaded')?.textContent ?? ''));
  assert.equal(
    await fresh.page.$eval('#preset', (s) => s.options[s.selectedIndex].textContent),
    'Our own alliance (opened from a link or file)',
  );
  assert.equal(await fresh.page.textContent('#scenario-description'), 'Four partners we know.');
  assert.deepEqual(fresh.errors, []);
  assert.deepEqual(errors, []);
});
