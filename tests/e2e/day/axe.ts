import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Runs axe-core on what the page shows now and fails on any serious or critical violation, naming
 * the rule and the elements. Also runs two checks axe leaves off by default: heading order and
 * label-in-name (the visible text of a control is part of its accessible name, WCAG 2.5.3).
 */
export async function expectAccessible(page: Page, where: string, scope?: string): Promise<void> {
  let builder = new AxeBuilder({ page }).options({
    rules: { 'label-content-name-mismatch': { enabled: true }, 'heading-order': { enabled: true } },
  });
  if (scope) builder = builder.include(scope);
  const results = await builder.analyze();
  const blocking = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical' || v.id === 'label-content-name-mismatch' || v.id === 'heading-order',
  );
  const report = blocking.map((v) => `${where}: ${v.id} (${v.impact}) ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
  expect(report, report.join('\n')).toEqual([]);
}
