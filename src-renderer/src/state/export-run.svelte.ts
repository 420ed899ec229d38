import type { Api } from '../lib/api';
import type { ExportedFile } from '../../../src-main/contract';
import { m } from '../lib/i18n.svelte';

/** Hands an exported file to the facilitator: a download in the browser, a save dialog on the desktop. */
export async function deliver(api: Api, file: ExportedFile): Promise<string> {
  const url = api.exportUrl(file.id);
  if (url) {
    const link = document.createElement('a');
    link.href = url;
    link.download = file.fileName;
    document.body.append(link);
    link.click();
    link.remove();
    return m.exports_downloaded({ file: file.fileName });
  }
  const saved = await api.call('exports:save', { id: file.id });
  return saved.saved ? m.exports_saved_to({ path: saved.path ?? '' }) : m.exports_kept_in_exports({ file: file.fileName });
}

/** "Open": the browser's PDF viewer in a new tab, or the system viewer on the desktop. */
export async function openExport(api: Api, file: ExportedFile): Promise<void> {
  const url = api.exportUrl(file.id);
  if (url) window.open(`${url}&inline=1`, '_blank', 'noopener');
  else await api.call('exports:open', { id: file.id });
}

export type Phase<F> =
  { kind: 'idle' } | { kind: 'working'; slow: boolean } | { kind: 'done'; file: F; message: string } | { kind: 'failed'; reason: string };

/** One export from start to delivered file, with a progress state once it takes longer than a moment. */
export class ExportRun<F extends ExportedFile> {
  #phase = $state<Phase<F>>({ kind: 'idle' });

  constructor(
    private readonly api: Api,
    private readonly slowAfterMs = 250,
  ) {}

  get phase(): Phase<F> {
    return this.#phase;
  }

  async run(make: () => Promise<F>): Promise<void> {
    this.#phase = { kind: 'working', slow: false };
    const slow = setTimeout(() => {
      if (this.#phase.kind === 'working') this.#phase = { kind: 'working', slow: true };
    }, this.slowAfterMs);
    try {
      const file = await make();
      this.#phase = { kind: 'done', file, message: await deliver(this.api, file) };
    } catch (err) {
      this.#phase = { kind: 'failed', reason: (err as Error).message };
    } finally {
      clearTimeout(slow);
    }
  }

  open(): void {
    if (this.#phase.kind === 'done') void openExport(this.api, this.#phase.file);
  }

  reset(): void {
    this.#phase = { kind: 'idle' };
  }
}
