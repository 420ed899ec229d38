// Words a person sees come from the message catalogs, never straight from a .svelte file.
// Finds text in markup, literal strings in markup's {expressions}, and literal words in the attributes a person
// reads or hears (title, aria-label, placeholder, alt, …). Usage: node tests/lint/hard-coded-strings.mjs [files…]
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parse } from 'svelte/compiler';

const root = fileURLToPath(new URL('../..', import.meta.url));
const READ_ATTRIBUTES = new Set([
  'title',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'placeholder',
  'alt',
  'label',
]);
/** Two letters in a row make a word; digits, punctuation and symbols ("·", "—", "×", "12:00") are not words. */
const WORD = /\p{L}{2,}/u;

function lineOf(source, offset) {
  return source.slice(0, offset).split('\n').length;
}

/** Each hard-coded string in one .svelte source: its line and text. */
export function hardCodedStrings(source) {
  const found = [];
  const ast = parse(source, { modern: true });
  const report = (node, text) => found.push({ line: lineOf(source, node.start), text: text.trim().slice(0, 80) });
  const literals = (expr, node) => {
    if (!expr || typeof expr !== 'object') return;
    if (expr.type === 'Literal' && typeof expr.value === 'string' && WORD.test(expr.value)) report(node, expr.value);
    if (expr.type === 'TemplateLiteral') for (const q of expr.quasis) if (WORD.test(q.value.cooked ?? '')) report(node, q.value.cooked);
    if (expr.type === 'ConditionalExpression') [expr.consequent, expr.alternate].forEach((e) => literals(e, node));
    if (expr.type === 'LogicalExpression' || expr.type === 'BinaryExpression') [expr.left, expr.right].forEach((e) => literals(e, node));
  };
  const walk = (node) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    if (node.type === 'Text' && WORD.test(node.data)) report(node, node.data);
    if (node.type === 'ExpressionTag') literals(node.expression, node);
    if (node.type === 'Attribute' && READ_ATTRIBUTES.has(node.name.toLowerCase())) {
      const parts = Array.isArray(node.value) ? node.value : [node.value];
      for (const part of parts) {
        if (part?.type === 'Text' && WORD.test(part.data)) report(part, part.data);
        if (part?.type === 'ExpressionTag') literals(part.expression, part);
      }
      return;
    }
    if (node.type === 'Attribute') return;
    for (const [key, value] of Object.entries(node)) if (key !== 'parent' && key !== 'metadata') walk(value);
  };
  walk(ast.fragment);
  return found;
}

export function svelteFiles() {
  return execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.svelte'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = process.argv.length > 2 ? process.argv.slice(2) : svelteFiles();
  let count = 0;
  for (const file of files) {
    for (const { line, text } of hardCodedStrings(readFileSync(file.startsWith('/') ? file : `${root}/${file}`, 'utf8'))) {
      console.log(`${file}:${line}: "${text}"`);
      count++;
    }
  }
  console.log(count ? `${count} hard-coded strings: move them into the catalog.` : 'No hard-coded strings.');
  process.exit(count ? 1 : 0);
}
