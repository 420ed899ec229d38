// The gate over Electronegativity's findings (tests/security/security-scan.mjs runs the tool itself).
import { expect, it } from 'vitest';
// @ts-expect-error plain JS helper of the scan script
import { problemsIn } from '../../security/security-scan-report.mjs';

type Report = {
  checks: number;
  errors: { file: string; message: string; tolerable?: boolean }[];
  issues: { id: string; severity: string; file: string; line: number }[];
};
const gate = problemsIn as (r: Report | null, realPath?: (f: string) => string) => string[];
const issue = (severity: string, id = 'X_CHECK') => ({ id, severity, file: 'out/main/main.ts', line: 3 });

it('fails on HIGH and MEDIUM findings, and names them at their real file', () => {
  const problems = gate(
    {
      checks: 42,
      errors: [],
      issues: [issue('HIGH', 'CONTEXT_ISOLATION_JS_CHECK'), issue('MEDIUM'), issue('LOW'), issue('INFORMATIONAL')],
    },
    (f) => f.replace(/\.ts$/, '.js'),
  );
  expect(problems).toEqual(['HIGH CONTEXT_ISOLATION_JS_CHECK at out/main/main.js:3', 'MEDIUM X_CHECK at out/main/main.js:3']);
});

it('passes LOW and INFORMATIONAL findings', () => {
  expect(gate({ checks: 42, errors: [], issues: [issue('LOW'), issue('INFORMATIONAL')] })).toEqual([]);
});

it('fails when a file could not be parsed (it went unchecked) or no check ran', () => {
  expect(gate({ checks: 42, errors: [{ file: 'a.js', message: 'Unknown node type' }], issues: [] })).toHaveLength(1);
  expect(gate({ checks: 42, errors: [{ file: 'a.js', message: 'warning', tolerable: true }], issues: [] })).toEqual([]);
  expect(gate({ checks: 0, errors: [], issues: [] })).toHaveLength(1);
  expect(gate(null)).toHaveLength(1);
});
