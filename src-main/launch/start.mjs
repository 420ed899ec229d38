// `npm start`: the desktop app, or the browser host where Electron cannot run.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureBuild } from './ensure-build.mjs';
import { electronBinary } from './electron-binary.mjs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
ensureBuild();

const electron = electronBinary();
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const args = process.argv.slice(2);

let child;
if (electron.path && !noDisplay) {
  child = spawn(electron.path, [root, ...args], { stdio: 'inherit' });
} else {
  const why = electron.reason ?? 'there is no display to open a window on';
  console.log(`Secure Base: Electron cannot start here (${why}); starting the browser host instead.`);
  child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src-main/web/main.ts'), ...args], { cwd: root, stdio: 'inherit' });
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
