// Compiles the message catalogs (src-main/core/catalog/messages/<area>/<locale>.json) into typed message
// functions with Paraglide JS, after writing the pseudo-locale en-XA from the English catalog.
// Runs after `npm ci`, before the build, the typecheck, the unit tests and the bench.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from '@inlang/paraglide-js';
import { pseudoMessage } from '../core/catalog/pseudo.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const catalog = join(root, 'src-main/core/catalog');
const messages = join(catalog, 'messages');

/** en-XA: every English message accented and about 40% longer, for tests that look for clipped text. */
export function writePseudoLocale() {
  for (const area of readdirSync(messages)) {
    const english = JSON.parse(readFileSync(join(messages, area, 'en.json'), 'utf8'));
    const pseudo = Object.fromEntries(
      Object.entries(english).map(([key, value]) => [key, key === '$schema' ? value : pseudoMessage(value)]),
    );
    writeFileSync(join(messages, area, 'en-XA.json'), JSON.stringify(pseudo, null, 2) + '\n');
  }
}

export async function compileMessages() {
  writePseudoLocale();
  await compile({
    project: join(catalog, 'project.inlang'),
    outdir: join(catalog, 'compiled'),
    strategy: ['globalVariable', 'baseLocale'],
    emitTsDeclarations: true,
    disableAsyncLocalStorage: true,
    emitReadme: false,
    emitPrettierIgnore: false,
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = Date.now();
  await compileMessages();
  console.log(`Secure Base: message catalogs compiled in ${Date.now() - started} ms.`);
  // The compiler's project loader keeps handles open after it is done.
  process.exit(0);
}
