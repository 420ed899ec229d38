import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** The browser host as a real child process on a fresh data folder. */
export class WebHostProcess {
  readonly dataDir: string;
  #child: ChildProcess | null = null;
  #url = '';

  constructor(dataDir?: string) {
    this.dataDir = dataDir ?? mkdtempSync(join(tmpdir(), 'secure-base-e2e-'));
  }

  /** The launch URL with its token. */
  get url(): string {
    return this.#url;
  }
  get origin(): string {
    return new URL(this.#url).origin;
  }
  get token(): string {
    return new URL(this.#url).searchParams.get('token') ?? '';
  }

  async start(extraEnv: Record<string, string> = {}): Promise<void> {
    // One process (tsx as a loader, not a wrapper), so a signal reaches the host itself and no orphan is left.
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src-main/web/main.ts'), '--port', '0'], {
      cwd: root,
      env: { ...process.env, SECURE_BASE_DATA_DIR: this.dataDir, ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.#child = child;
    let errors = '';
    child.stderr!.on('data', (d) => (errors += d));
    this.#url = await new Promise<string>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`web host did not start: ${out} ${errors}`)), 20000);
      child.stdout!.on('data', (d) => {
        out += d;
        const m = /running at (http:\/\/\S+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
      child.on('exit', (code) => reject(new Error(`web host exited (${code}): ${errors}`)));
    });
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.#child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill(signal);
    });
    this.#child = null;
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  async dispose(): Promise<void> {
    await this.stop('SIGKILL');
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
