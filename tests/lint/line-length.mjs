// Source lines stay within 140 characters (Prettier's print width; it cannot wrap strings or prose).
// Workshop and bank files are content, not code, and are exempt. Exits 1 and lists every long line.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const MAX_LINE = 140;
const root = fileURLToPath(new URL('../..', import.meta.url));
const SOURCE = /\.(ts|mts|cts|js|mjs|cjs|svelte|css|html)$/;

const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((f) => SOURCE.test(f) && !f.startsWith('tests/unit/lint/fixtures/'));

const long = [];
for (const file of files) {
  let text;
  try {
    text = readFileSync(`${root}/${file}`, 'utf8');
  } catch {
    continue; // deleted in the work tree but still in the index
  }
  text.split('\n').forEach((line, i) => {
    if ([...line].length > MAX_LINE) long.push(`${file}:${i + 1}: ${[...line].length} characters`);
  });
}
if (long.length) {
  console.log(`Lines longer than ${MAX_LINE} characters:\n${long.join('\n')}`);
  process.exit(1);
}
console.log(`${files.length} source files, every line within ${MAX_LINE} characters.`);
