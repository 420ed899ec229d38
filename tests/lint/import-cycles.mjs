// No import circles: the app's modules form a graph without cycles, type-only imports included
// (a circle of types still ties two modules into one). Every relative import of every tracked
// .ts/.mjs/.svelte file under src-main, src-renderer and tests is read with TypeScript's own
// pre-processor, resolved to a file, and the strongly connected components of the graph
// (Tarjan) are the circles. Exits 1 and prints each circle; `findCircles` is what the test uses.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const SOURCE = /\.(ts|mts|mjs|js|svelte)$/;
const EXTENSIONS = ['', '.ts', '.svelte.ts', '.mts', '.mjs', '.js', '.svelte', '/index.ts', '/index.js'];

/**
 * Circles allowed, each as findCircles names it (none today). An entry that no longer exists fails the
 * check too, so this list can only shrink and never hides a new circle.
 */
export const ALLOWED_CIRCLES = [];

/** The circles that are not allowed, and the allowed ones that are gone (to be struck off the list). */
export function judge(circles, allowed = ALLOWED_CIRCLES) {
  const key = (c) => c.join(' <-> ');
  const found = new Set(circles.map(key));
  const ok = new Set(allowed.map(key));
  return { circles: circles.filter((c) => !ok.has(key(c))), gone: allowed.filter((c) => !found.has(key(c))) };
}

/** The import specifiers of one file; a .svelte file's are those of its script blocks. */
export function importsOf(path, text = readFileSync(path, 'utf8')) {
  const code = path.endsWith('.svelte') ? [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n') : text;
  return ts.preProcessFile(code, true, true).importedFiles.map((f) => f.fileName);
}

/** The file a relative specifier names, or null for a package or a file that is not there. */
function resolveImport(from, specifier) {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  // TypeScript lets `./x.js` name `./x.ts`.
  const candidates = [base, base.replace(/\.js$/, '')];
  for (const c of candidates)
    for (const ext of EXTENSIONS) {
      const p = c + ext;
      if (existsSync(p) && statSync(p).isFile()) return p;
    }
  return null;
}

/** Every circle among `files` (absolute paths), each as the list of its files relative to `root`, sorted. */
export function findCircles(files, root) {
  const inGraph = new Set(files);
  const edges = new Map(
    files.map((f) => [
      f,
      importsOf(f)
        .map((s) => resolveImport(f, s))
        .filter((t) => t && inGraph.has(t)),
    ]),
  );
  let next = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const circles = [];
  // Iterative Tarjan, so a deep chain of imports cannot overflow the call stack.
  for (const start of files) {
    if (index.has(start)) continue;
    const work = [[start, 0]];
    while (work.length) {
      const frame = work[work.length - 1];
      const [v, i] = frame;
      if (i === 0) {
        index.set(v, next);
        low.set(v, next++);
        stack.push(v);
        onStack.add(v);
      }
      const targets = edges.get(v);
      if (i < targets.length) {
        frame[1]++;
        const w = targets[i];
        if (!index.has(w)) work.push([w, 0]);
        else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1][0];
        low.set(parent, Math.min(low.get(parent), low.get(v)));
      }
      if (low.get(v) === index.get(v)) {
        const component = [];
        let w;
        do {
          w = stack.pop();
          onStack.delete(w);
          component.push(w);
        } while (w !== v);
        if (component.length > 1 || targets.includes(v)) circles.push(component.map((f) => relative(root, f)).sort());
      }
    }
  }
  return circles.sort((a, b) => a[0].localeCompare(b[0]));
}

/** The tracked source files of the app and its tests. */
export function sourceFiles(root) {
  return execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'src-main', 'src-renderer', 'tests'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\n')
    .filter((f) => SOURCE.test(f) && !f.startsWith('tests/unit/lint/fixtures/') && existsSync(join(root, f)))
    .map((f) => join(root, f));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const files = sourceFiles(root);
  const { circles, gone } = judge(findCircles(files, root));
  if (circles.length) console.log(`Import circles (${circles.length}):\n${circles.map((c) => `  ${c.join(' <-> ')}`).join('\n')}`);
  if (gone.length)
    console.log(`No longer circles; strike them off ALLOWED_CIRCLES:\n${gone.map((c) => `  ${c.join(' <-> ')}`).join('\n')}`);
  if (circles.length || gone.length) process.exit(1);
  const allowed = ALLOWED_CIRCLES.length ? ` (${ALLOWED_CIRCLES.length} allowed for now, listed in ALLOWED_CIRCLES)` : '';
  console.log(`${files.length} source files, no import circles${allowed}.`);
}
