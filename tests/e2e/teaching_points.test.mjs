// Teaching points in the app: a scenario's [[expect]] tables are listed in the ensemble panel,
// "Check this" runs both arms over paired seeds in the Web Workers, and the verdict equals
// the command line's `alliance-lab check` for the same file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { useApp, openApp, runAxe, cli } from './harness.mjs';

const app = useApp();

/** The CLI's outcomes for a scenario file. */
function cliOutcomes(file) {
  return JSON.parse(execFileSync(cli, ['check', '--json', file], { encoding: 'utf8' }))[0].outcomes;
}

/** A number as the page writes it: a minus sign (−) for negatives, a plus for positives. */
const signed = (value, digits) => {
  const shown = Math.abs(value).toFixed(digits);
  if (Number(shown) === 0) return shown;
  return value < 0 ? `−${shown}` : `+${shown}`;
};

test('a trainer checks the default scenario\'s teaching points and gets the command line\'s verdicts', async () => {
  const { page, errors } = await openApp(app.browser, app.url);
  const points = await page.$$eval('#teaching-points li > strong', (items) => items.map((s) => s.textContent));
  assert.deepEqual(points, [
    'Getting to know each other first brings the productive phase sooner',
    'A learning agenda raises the added value',
  ]);
  assert.match(await page.textContent('#teaching-points li:first-child .arms'),
    /^A: the scenario without get to know each other\. B: the scenario as it is\.$/);
  assert.match(await page.textContent('#teaching-points li:first-child .claim'),
    /^Claim: B is lower than A in months to phase 3 .* by at least 12 months, over 200 pairs of runs \(A and B with the same seed\)\.$/);

  const expected = cliOutcomes('scenarios/default.toml');
  await page.click('#check-0');
  await page.waitForSelector('#check-0-verdict', { timeout: 60000 });
  const first = await page.textContent('#check-0-verdict');
  const d0 = expected[0].difference;
  assert.equal(first, `Holds: A ${d0.mean_a.toFixed(0)}, B ${d0.mean_b.toFixed(0)} months; `
    + `B − A ${signed(d0.mean_difference, 0)} months (95 % interval ${signed(d0.ci95[0], 0)} to ${signed(d0.ci95[1], 0)}).`);

  await page.click('#check-1');
  await page.waitForSelector('#check-1-verdict', { timeout: 60000 });
  const d1 = expected[1].difference;
  assert.match(await page.textContent('#check-1-verdict'),
    new RegExp(`^Holds: A ${d1.mean_a.toFixed(1)}, B ${d1.mean_b.toFixed(1)} value units; B − A \\${signed(d1.mean_difference, 1)} value units `));
  assert.equal(await page.textContent('#check-0-verdict'), first, 'the first verdict stays');
  // Checking does not replace the ensemble's charts: there were none, and there are none.
  assert.equal(await page.$('#fan-trust'), null);
  console.log('teaching points (default):', first, '|', await page.textContent('#check-1-verdict'));
  const violations = await runAxe(page);
  assert.deepEqual(violations.filter((v) => v.nodes.some((n) => n.target.join(' ').includes('teaching'))), []);

  // A verdict belongs to the scenario with its seed: a new seed asks for a new check.
  await page.click('#new-seed');
  await page.waitForFunction(() => !document.querySelector('#check-0-verdict'));
  assert.ok(await page.isVisible('#check-0'), 'the teaching points stay, unchecked');

  // Another scenario has its own teaching points and no verdicts yet.
  await page.selectOption('#preset', { label: 'Controlling coordinator' });
  await page.waitForFunction(() => /steering conversation restores delivery/.test(document.querySelector('#teaching-points')?.textContent ?? ''));
  assert.equal(await page.$('#check-0-verdict'), null);
  assert.deepEqual(errors, []);
});
