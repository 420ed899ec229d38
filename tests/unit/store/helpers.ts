import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Session } from '../../../src-main/core/session/session-schema';
import { nodeFs, type FileHandleLike, type StoreFs } from '../../../src-main/services/store/file-system';

/** A fresh, real data folder per test; removed by the returned cleanup. */
export function tempDataDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'secure-base-store-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

let counter = 0;
export const sessionId = () => `s-2025-03-12-${(++counter).toString(16).padStart(8, '0')}`;

export function sampleSession(id = sessionId(), over: Partial<Session> = {}): Session {
  return {
    schemaVersion: 1,
    id,
    workshopId: 'essentials',
    workshopTitle: 'Essentials',
    group: 'Tuesday parents',
    createdAt: '2025-03-12T09:30:00.000Z',
    updatedAt: '2025-03-12T09:30:00.000Z',
    agenda: [
      { activityId: 'welcome', title: 'Welcome', kind: 'teach', minutes: 10 },
      { activityId: 'pairs', title: 'Talk in pairs', kind: 'discussion', minutes: 20 },
    ],
    position: { activityIndex: 0, step: 0 },
    spentMs: {},
    notes: { session: '', activities: {}, captures: [] },
    results: {},
    ...over,
  };
}

export type Op = 'open' | 'write' | 'sync' | 'rename' | 'unlink' | 'readFile' | 'readdir' | 'mkdir' | 'stat';

export interface Fault {
  op: Op;
  code: string;
  /** Only paths for which this holds; all when absent. */
  when?: (path: string) => boolean;
  /** How many times it fires; forever when absent. */
  times?: number;
}

const errno = (code: string, op: string, path: string) =>
  Object.assign(new Error(`${code}: injected fault, ${op} '${path}'`), { code, errno: -1, syscall: op, path });

/**
 * The fs seam of the store with faults injected and calls counted: tests run as root, so chmod can't
 * produce EACCES, and a full disk can't be arranged; this can.
 */
export class FaultyFs {
  faults: Fault[] = [];
  calls: { op: Op; path: string; bytes?: number }[] = [];
  readonly fs: StoreFs;

  constructor(base: StoreFs = nodeFs) {
    const hit = (op: Op, path: string) => {
      this.calls.push({ op, path });
      const f = this.faults.find((x) => x.op === op && (!x.when || x.when(path)) && (x.times === undefined || x.times > 0));
      if (!f) return;
      if (f.times !== undefined) f.times--;
      throw errno(f.code, op, path);
    };
    const wrapHandle = (h: FileHandleLike, path: string): FileHandleLike => ({
      writeFile: async (data, enc) => {
        hit('write', path);
        this.calls.push({ op: 'write', path, bytes: Buffer.byteLength(data) });
        return h.writeFile(data, enc);
      },
      sync: async () => (hit('sync', path), h.sync()),
      close: () => h.close(),
    });
    this.fs = {
      open: async (p, flags, mode) => (hit('open', p), wrapHandle(await base.open(p, flags, mode), p)),
      rename: async (a, b) => (hit('rename', a), base.rename(a, b)),
      unlink: async (p) => (hit('unlink', p), base.unlink(p)),
      readFile: async (p, e) => (hit('readFile', p), base.readFile(p, e)),
      readdir: async (p) => (hit('readdir', p), base.readdir(p)),
      mkdir: async (p, o) => (hit('mkdir', p), base.mkdir(p, o)),
      stat: async (p) => (hit('stat', p), base.stat(p)),
      rm: (p, o) => base.rm(p, o),
      statAll: (ps) => base.statAll(ps),
    };
  }

  count(op: Op, match: (path: string) => boolean = () => true): number {
    return this.calls.filter((c) => c.op === op && c.bytes === undefined && match(c.path)).length;
  }

  bytesWritten(match: (path: string) => boolean = () => true): number {
    return this.calls.filter((c) => c.bytes !== undefined && match(c.path)).reduce((a, c) => a + c.bytes!, 0);
  }
}
