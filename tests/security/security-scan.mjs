// `npm run security:scan`, also a step of `npm test`: Electronegativity over the sources (src-main,
// src-renderer) and the built output (out/). Fails on any HIGH or MEDIUM finding, on a file it could
// not parse, and when it does not finish in time. Accepted findings carry an eng-disable comment in place.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { problemsIn } from './security-scan-report.mjs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const worker = join(root, 'tests/security/electronegativity-worker.mjs');
// Offline it waits for two network attempts (translations, Electron releases) to fail; ~15 s here.
const TIMEOUT_MS = Number(process.env.SECURITY_SCAN_TIMEOUT_MS ?? 180_000);
const electronVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies.electron.replace(/^[^\d]*/, '');
const stage = mkdtempSync(join(tmpdir(), 'secure-base-scan-'));

function stageSources() {
  const dir = join(stage, 'sources');
  cpSync(join(root, 'src-main'), join(dir, 'src-main'), { recursive: true });
  cpSync(join(root, 'src-renderer'), join(dir, 'src-renderer'), { recursive: true });
  return { dir, realPath: (f) => f };
}

/**
 * The tool's JavaScript parser (babel + escope) fails on class private fields, which the bundles
 * use; its TypeScript parser reads them. So bundles are scanned under a .ts name (TS is a superset).
 */
function stageBuilt() {
  if (!existsSync(join(root, 'out/renderer/index.html'))) return null;
  const dir = join(stage, 'built');
  cpSync(join(root, 'out'), join(dir, 'out'), { recursive: true });
  const renames = new Map();
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, e.name);
      if (e.isDirectory()) walk(path);
      else if (/\.(c|m)?js$/.test(e.name)) {
        const ts = path.replace(/\.(c|m)?js$/, '.ts');
        renameSync(path, ts);
        renames.set(relative(dir, ts), relative(dir, path));
      }
    }
  };
  walk(dir);
  return { dir, realPath: (f) => renames.get(f) ?? f };
}

function runWorker(label, dir) {
  const output = join(stage, `${label}.json`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [worker, dir, electronVersion, output], {
      env: { ...process.env, LANG: 'en-US' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve({
        failure:
          `Electronegativity did not finish over the ${label} within ${TIMEOUT_MS / 1000} s ` +
          '(it tries the network; raise SECURITY_SCAN_TIMEOUT_MS if the machine is slow). The scan did not run, so this fails.',
      });
    }, TIMEOUT_MS);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code !== 0 || !existsSync(output))
        resolve({ failure: `Electronegativity failed over the ${label} (exit ${code}): ${log.trim().split('\n').slice(-5).join(' | ')}` });
      else resolve({ report: JSON.parse(readFileSync(output, 'utf8')) });
    });
  });
}

async function scan(label, staged) {
  if (!staged) return [`the ${label} is missing: run "npm run build" first`];
  const { report, failure } = await runWorker(label, staged.dir);
  if (failure) return [failure];
  for (const i of report.issues) {
    const gate = i.severity === 'HIGH' || i.severity === 'MEDIUM' ? '' : ' (below the gate)';
    console.log(`  ${label}: ${i.severity} ${i.id} at ${staged.realPath(i.file)}:${i.line}${gate}`);
  }
  console.log(`  ${label}: ${report.checks} checks, ${report.issues.length} finding(s) after eng-disable suppressions`);
  return problemsIn(report, staged.realPath);
}

try {
  console.log(`Electronegativity (Electron ${electronVersion}) over the sources and the built output…`);
  const problems = (await Promise.all([scan('sources', stageSources()), scan('built output', stageBuilt())])).flat();
  for (const p of problems) console.log(`  FAIL ${p}`);
  console.log(problems.length ? `security scan: ${problems.length} problem(s)` : 'security scan: no HIGH or MEDIUM findings');
  process.exitCode = problems.length ? 1 : 0;
} finally {
  rmSync(stage, { recursive: true, force: true });
}
