// `npm test`: the checks (format, line length, import circles, lint, typecheck, build, security scan), then the tests:
// unit tests (vitest) and end-to-end tests (Playwright in Chromium, and Electron where a binary exists).
// Checks are reported as checks; the closing line counts tests only: "N passed, N failed, N skipped".
// Any failed check or test makes the exit code 1.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// On Windows the package binaries are .cmd scripts, which Node runs only through a shell.
const windows = process.platform === 'win32';
const bin = (name) => join(root, 'node_modules/.bin', windows ? `${name}.cmd` : name);
const reports = mkdtempSync(join(tmpdir(), 'secure-base-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const checks = { passed: [], failed: [] };

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}`);
  const shell = windows && command.endsWith('.cmd');
  const quoted = shell ? args.map((a) => (/[\s"]/.test(a) ? `"${a.replace(/"/g, '\\"')}"` : a)) : args;
  const result = spawnSync(shell ? `"${command}"` : command, quoted, {
    cwd: root,
    stdio: 'inherit',
    shell,
    env: { ...process.env, ...env },
  });
  return result.status === 0;
}

function check(label, command, args) {
  if (run(label, command, args)) checks.passed.push(label);
  else {
    checks.failed.push(label);
    console.log(`--- check failed: ${label}`);
  }
}

check('message catalogs compile (Paraglide)', process.execPath, [join(root, 'src-main/launch/compile-messages.mjs')]);
check('format (Prettier)', bin('prettier'), ['--check', '.', '--log-level', 'warn']);
check('line length', process.execPath, [join(root, 'tests/lint/line-length.mjs')]);
check('import circles', process.execPath, [join(root, 'tests/lint/import-cycles.mjs')]);
check('lint', bin('eslint'), ['.']);
check('typecheck (tsc)', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
check('typecheck (svelte-check)', bin('svelte-check'), [
  '--tsconfig',
  'src-renderer/tsconfig.json',
  '--fail-on-warnings',
  '--output',
  'human',
]);
check('build', bin('electron-vite'), ['build']);
check('main bundle parses (node --check)', process.execPath, ['--check', join(root, 'out/main/main.js')]);
check('security scan (Electronegativity, fails on HIGH or MEDIUM)', process.execPath, [join(root, 'tests/security/security-scan.mjs')]);

const vitestJson = join(reports, 'vitest.json');
run('unit tests (vitest)', bin('vitest'), [
  'run',
  '--config',
  'tests/vitest.config.ts',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
if (existsSync(vitestJson)) {
  const r = JSON.parse(readFileSync(vitestJson, 'utf8'));
  totals.passed += r.numPassedTests;
  totals.failed +=
    r.numFailedTests +
    (r.numRuntimeErrorTestSuites ?? 0) +
    (r.testResults ?? []).filter((s) => s.status === 'failed' && s.assertionResults?.length === 0).length;
  totals.skipped += r.numPendingTests + r.numTodoTests;
} else totals.failed += 1;

const pwJson = join(reports, 'playwright.json');
run('end-to-end tests (Playwright)', bin('playwright'), ['test', '--config', 'tests/playwright.config.ts', '--reporter=list,json'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson,
});
if (existsSync(pwJson)) {
  const report = JSON.parse(readFileSync(pwJson, 'utf8'));
  const { stats, errors } = report;
  for (const reason of skipReasons(report.suites ?? [])) console.log(`skipped: ${reason}`);
  totals.passed += stats.expected + stats.flaky;
  totals.failed += stats.unexpected + (errors?.length ?? 0);
  totals.skipped += stats.skipped;
} else totals.failed += 1;

/** Every skipped Playwright test with the reason it gave, so no test is skipped silently. */
function skipReasons(suites, out = []) {
  for (const suite of suites) {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status !== 'skipped') continue;
        const why = (t.annotations ?? []).find((a) => a.type === 'skip')?.description ?? 'no reason given';
        out.push(`${spec.title}: ${why}`);
      }
    }
    skipReasons(suite.suites ?? [], out);
  }
  return out;
}

console.log(
  `\nChecks: ${checks.passed.length} passed, ${checks.failed.length} failed${checks.failed.length ? ` (${checks.failed.join('; ')})` : ''}`,
);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed === 0 && checks.failed.length === 0 ? 0 : 1);
