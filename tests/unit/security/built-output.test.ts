// Checklist, on what ships: the CSP of the BUILT out/renderer/index.html, its scripts, and the built
// preload. `npm test` builds first; run alone, this builds when out/ is missing or stale.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { APP_CSP } from '../../../src-main/electron/security-policy';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/web/server';
// @ts-expect-error plain JS build helper shared with `npm start`
import { ensureBuild } from '../../../src-main/launch/ensure-build.mjs';
import { fileURLToPath } from 'node:url';

const out = fileURLToPath(new URL('../../../out/', import.meta.url));
let html = '';
let csp = new Map<string, string[]>();

beforeAll(() => {
  (ensureBuild as () => void)();
  html = readFileSync(join(out, 'renderer/index.html'), 'utf8');
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  expect(meta, 'the built index.html has a CSP meta tag').not.toBeNull();
  csp = parseCsp(meta![1]);
}, 120_000);

function parseCsp(text: string): Map<string, string[]> {
  return new Map(
    text
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name.toLowerCase(), values]),
  );
}

it("allows scripts from 'self' only: no unsafe-eval, no unsafe-inline, no hosts", () => {
  expect(csp.get('script-src')).toEqual(["'self'"]);
  expect(csp.get('default-src')).toEqual(["'self'"]);
  for (const [name, values] of csp) expect(values, name).not.toContain("'unsafe-eval'");
  expect(csp.get('default-src')).not.toContain("'unsafe-inline'");
});

it('names no remote source in any directive', () => {
  for (const [name, values] of csp) {
    for (const v of values) expect(/^('self'|'none'|'unsafe-inline'|data:)$/.test(v), `${name} ${v}`).toBe(true);
  }
});

it('shuts plugins, <base> and form posts', () => {
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('base-uri')).toEqual(["'none'"]);
  expect(csp.get('form-action')).toEqual(["'none'"]);
  expect(csp.get('connect-src')).toEqual(["'self'"]);
});

it('loads only its own bundled scripts: no inline script, no event-handler attributes, no remote URLs', () => {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [, attrs, body] of scripts) {
    expect(body.trim(), 'inline script').toBe('');
    expect(attrs).toMatch(/src="\.\/assets\/[\w.-]+\.js"/);
  }
  expect(html).not.toMatch(/\son\w+\s*=/i);
  expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
});

it('the app:// header and the browser host send the same policy, plus frame-ancestors', () => {
  // The meta tag may wrap the policy over lines; CSP treats any run of whitespace as one space.
  const meta = /content="([^"]+)"/.exec(html.slice(html.indexOf('Content-Security-Policy')))![1].replace(/\s+/g, ' ');
  expect(APP_CSP).toBe(`${meta}; frame-ancestors 'none'`);
  expect(CONTENT_SECURITY_POLICY).toBe(APP_CSP);
});

it('the built preload loads nothing but electron (a sandboxed preload can require little else)', () => {
  const preload = readFileSync(join(out, 'preload/preload.cjs'), 'utf8');
  const required = [...preload.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
  expect(new Set(required)).toEqual(new Set(['electron']));
});

it('the renderer bundle carries no Node or Electron code', () => {
  const assets = join(out, 'renderer/assets');
  for (const file of readdirSync(assets).filter((f) => f.endsWith('.js'))) {
    const js = readFileSync(join(assets, file), 'utf8');
    expect(js, file).not.toMatch(/require\(["'](electron|node:|fs|child_process)/);
    expect(js, file).not.toMatch(/ipcRenderer/);
  }
});
