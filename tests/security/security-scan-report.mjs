// The gate over Electronegativity's findings, kept apart from the runner so a unit test can check it.

/** Severities that fail CI. A finding accepted after review is suppressed in place with eng-disable. */
export const BLOCKING = new Set(['HIGH', 'MEDIUM']);

/**
 * What fails the scan: blocking findings, files the tool could not parse (they went unchecked),
 * and a run that loaded no checks at all.
 * @typedef {{ file: string, message: string, tolerable?: boolean }} ScanError
 * @typedef {{ id: string, severity: string, file: string, line: number }} ScanIssue
 * @param {{ checks: number, errors: ScanError[], issues: ScanIssue[] }} report
 * @param {(file: string) => string} [realPath] maps a staged file back to the repository
 * @returns {string[]}
 */
export function problemsIn(report, realPath = (f) => f) {
  const problems = [];
  if (!report || !(report.checks > 0)) problems.push('Electronegativity loaded no checks: the scan did not run.');
  for (const e of report?.errors ?? []) {
    if (!e.tolerable) problems.push(`could not parse ${realPath(e.file)} (${e.message}); its code went unchecked`);
  }
  for (const i of report?.issues ?? []) {
    if (BLOCKING.has(String(i.severity).toUpperCase())) problems.push(`${i.severity} ${i.id} at ${realPath(i.file)}:${i.line}`);
  }
  return problems;
}
