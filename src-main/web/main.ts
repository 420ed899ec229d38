// Boots the browser host: `npm run web [-- --port N]`.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openAppContext } from '../services/app-context';
import { createHandlers } from '../services/handlers';
import { defaultDataDir } from '../services/data-dir';
import { startWebHost } from './server';
import { portFrom } from './port';

const root = fileURLToPath(new URL('../../', import.meta.url));
const rendererDir = `${root}out/renderer`;
if (!existsSync(`${rendererDir}/index.html`)) {
  console.error('Secure Base: the renderer is not built yet. Run "npm run build" first.');
  process.exit(1);
}
const port = portFrom(process.argv.slice(2), process.env);
if (port instanceof Error) {
  console.error(`Secure Base: ${port.message}`);
  process.exit(2);
}
const ctx = await openAppContext({
  host: 'web',
  dataDir: defaultDataDir(),
  templatesDir: `${root}templates`,
  version: process.env.npm_package_version ?? '0.0.0',
  rendererDir,
}).catch((err: Error) => {
  // Another copy holds the data folder, or a file is from a newer version: say so plainly.
  console.error(`Secure Base: ${err.message}`);
  process.exit(1);
});
const host = await startWebHost({
  handlers: createHandlers(ctx),
  events: ctx.events,
  rendererDir,
  exportsDir: ctx.exportsDir,
  token: randomBytes(24).toString('base64url'),
  projectorToken: randomBytes(24).toString('base64url'),
  port,
});
for (const q of ctx.store.quarantine.files) console.error(`Secure Base: could not read ${q.file}; it was moved to ${q.movedTo}`);
for (const p of ctx.library.problems)
  console.error(`Secure Base: skipped template ${p.file}: ${p.problems.map((x) => `${x.path}: ${x.message}`).join('; ')}`);
console.log(`Secure Base is running at ${host.url}`);
console.log(`Data folder: ${ctx.dataDir}`);

const stop = async () => {
  await host.close();
  // Save the time spent on running sessions up to now, then release the data folder.
  await ctx.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
