import { AppFailure, NotFound } from '../errors';

/** A restore file of this many characters is far beyond years of sessions; bigger is refused. */
export const MAX_UPLOAD_CHARS = 200_000_000;
const EXPIRE_MS = 10 * 60_000;

interface Upload {
  parts: string[];
  chars: number;
  touched: number;
}

/**
 * Backup files arrive in parts (the browser host takes at most 1 MiB per request) and wait here,
 * in memory, until they are restored. Parts must come in order; a gap means the upload starts over.
 */
export class BackupUploads {
  #uploads = new Map<string, Upload>();

  constructor(private readonly now: () => number = Date.now) {}

  receive(uploadId: string, part: number, text: string): number {
    this.#expire();
    let upload = this.#uploads.get(uploadId);
    if (part === 0) {
      upload = { parts: [], chars: 0, touched: this.now() };
      this.#uploads.set(uploadId, upload);
    }
    if (!upload || upload.parts.length !== part) {
      this.#uploads.delete(uploadId);
      throw new AppFailure('conflict', 'Part of the backup file went missing on the way; choose the file again.');
    }
    if (upload.chars + text.length > MAX_UPLOAD_CHARS) {
      this.#uploads.delete(uploadId);
      throw new AppFailure('invalid-input', 'This file is too large to be a Secure Base backup.');
    }
    upload.parts.push(text);
    upload.chars += text.length;
    upload.touched = this.now();
    return upload.chars;
  }

  /** The whole text, removed from memory. */
  take(uploadId: string): string {
    const upload = this.#uploads.get(uploadId);
    this.#uploads.delete(uploadId);
    if (!upload) throw new NotFound('The backup file was not received (or it waited too long); choose it again.');
    return upload.parts.join('');
  }

  #expire(): void {
    for (const [id, u] of this.#uploads) if (this.now() - u.touched > EXPIRE_MS) this.#uploads.delete(id);
  }
}
