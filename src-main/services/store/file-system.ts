import * as fsp from 'node:fs/promises';
import { statSync } from 'node:fs';

/** The few file operations the store uses. Tests pass a version that fails on purpose (disk full, read-only). */
export interface StoreFs {
  open(path: string, flags: 'w' | 'wx' | 'r', mode?: number): Promise<FileHandleLike>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  readdir(path: string): Promise<string[]>;
  mkdir(path: string, options: { recursive: true; mode?: number }): Promise<unknown>;
  stat(path: string): Promise<{ size: number; mtimeMs: number; isDirectory(): boolean }>;
  rm(path: string, options: { recursive: true; force: true }): Promise<void>;
  /** Size and time of many files at once (null where missing): how the store checks its index at start. */
  statAll(paths: readonly string[]): Promise<({ size: number; mtimeMs: number } | null)[]>;
}

export interface FileHandleLike {
  writeFile(data: string | Uint8Array, encoding: 'utf8'): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export const nodeFs: StoreFs = {
  open: (path, flags, mode) => fsp.open(path, flags, mode),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
  readFile: (path, encoding) => fsp.readFile(path, encoding),
  readdir: (path) => fsp.readdir(path),
  mkdir: (path, options) => fsp.mkdir(path, options),
  stat: (path) => fsp.stat(path),
  rm: (path, options) => fsp.rm(path, options),
  // A thousand stat calls through the thread pool cost tens of milliseconds on a busy machine; done
  // in one go on the main thread they cost a few, which is what start-up time wants.
  statAll: async (paths) =>
    paths.map((p) => {
      const st = statSync(p, { throwIfNoEntry: false });
      return st ? { size: st.size, mtimeMs: st.mtimeMs } : null;
    }),
};
