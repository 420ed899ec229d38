import { describe, expect, it } from 'vitest';
import { emptyHistory, GROUP_WINDOW_MS, HISTORY_LIMIT, recordEdit, redo, undo } from '../../../src-main/core/editor/history';
import type { Workshop } from '../../../src-main/core/workshop/workshop-schema';
import { builtIn } from './fixtures';

const base = builtIn('essentials');
const titled = (title: string): Workshop => ({ ...base, title });

describe('undo history', () => {
  it('undoes and redoes edits in order', () => {
    let h = emptyHistory();
    h = recordEdit(h, titled('A'), null, 0);
    h = recordEdit(h, titled('B'), null, 10);
    const current = titled('C');
    const u1 = undo(h, current)!;
    expect(u1.draft.title).toBe('B');
    const u2 = undo(u1.history, u1.draft)!;
    expect(u2.draft.title).toBe('A');
    expect(undo(u2.history, u2.draft)).toBeNull();
    const r1 = redo(u2.history, u2.draft)!;
    expect(r1.draft.title).toBe('B');
    const r2 = redo(r1.history, r1.draft)!;
    expect(r2.draft.title).toBe('C');
    expect(redo(r2.history, r2.draft)).toBeNull();
  });

  it('groups typing into one field into one undo step', () => {
    let h = emptyHistory();
    h = recordEdit(h, titled(''), 'set:$.title', 1000);
    h = recordEdit(h, titled('Wel'), 'set:$.title', 1400);
    h = recordEdit(h, titled('Welcome'), 'set:$.title', 1800);
    expect(h.past.map((w) => w.title)).toEqual(['']);
    // a pause starts a new step, and so does another field
    h = recordEdit(h, titled('Welcome all'), 'set:$.title', 1800 + GROUP_WINDOW_MS);
    h = recordEdit(h, titled('Welcome all!'), 'set:$.summary', 1800 + GROUP_WINDOW_MS + 10);
    expect(h.past.map((w) => w.title)).toEqual(['', 'Welcome all', 'Welcome all!']);
  });

  it('does not group across an undo', () => {
    let h = recordEdit(emptyHistory(), titled('A'), 'set:$.title', 0);
    const u = undo(h, titled('AB'))!;
    h = recordEdit(u.history, titled('A'), 'set:$.title', 10);
    expect(h.past).toHaveLength(1);
    expect(h.future).toHaveLength(0);
  });

  it('a new edit clears what could be redone', () => {
    let h = recordEdit(emptyHistory(), titled('A'), null, 0);
    h = undo(h, titled('B'))!.history;
    expect(h.future).toHaveLength(1);
    h = recordEdit(h, titled('A'), null, 5);
    expect(h.future).toHaveLength(0);
  });

  it('keeps at most the last steps', () => {
    let h = emptyHistory();
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) h = recordEdit(h, titled(String(i)), null, i);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    expect(h.past[0].title).toBe('20');
  });
});
