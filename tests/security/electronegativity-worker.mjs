// Runs Electronegativity's API over one folder and writes its findings as JSON. Started by
// security-scan.mjs in a child process, so a hang (it tries the network) can be cut off by a timeout.
// Usage: node electronegativity-worker.mjs <input dir> <electron version> <output.json>
import { writeFileSync } from 'node:fs';

const [input, electronVersion, output] = process.argv.slice(2);
// The checks' descriptions come from i18n, which must be set up first (it also tries the network, 1 s).
const { default: setUpI18n } = await import('@doyensec/electronegativity/dist/locales/i18n.js');
await setUpI18n();
const { default: run } = await import('@doyensec/electronegativity');
// The second argument (forCli = false) makes it return the findings instead of printing a table.
const result = await run({ input, isRelative: true, electronVersionOverride: electronVersion, parserPlugins: [] }, false);
const issues = result.issues.map((i) => ({
  id: i.id,
  severity: i.severity?.name ?? 'UNKNOWN',
  confidence: i.confidence?.name ?? 'UNKNOWN',
  file: i.file,
  line: i.location?.line ?? 0,
  sample: (i.sample ?? '').slice(0, 200),
  description: i.description,
}));
writeFileSync(output, JSON.stringify({ checks: result.globalChecks + result.atomicChecks, errors: result.errors, issues }, null, 2));
