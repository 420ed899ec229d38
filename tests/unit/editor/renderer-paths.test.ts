import { describe, expect, it } from 'vitest';
import { dropIndex, isUnder, pathKey, setAt } from '../../../src-renderer/src/lib/editor-paths';
import { locate, problemText } from '../../../src-renderer/src/lib/editor-problems';
import { checkDraft } from '../../../src-main/core/editor/draft';
import { setLocale } from '../../../src-renderer/src/lib/catalog/compiled/runtime.js';
import { jsonPath } from '../../../src-main/core/result';
import { describe as describePath } from '../../../src-main/core/editor/paths';
import { builtIn } from './fixtures';

describe("the editor view's paths", () => {
  it('writes paths exactly as the host writes problems', () => {
    for (const path of [
      ['title'],
      ['activities', 3, 'cards', 0, 'questions', 1],
      ['activities', 0, 'script', 'steps', 2, 'minutes'],
      ['startTime'],
    ]) {
      expect(pathKey(path)).toBe(jsonPath(path));
      expect(pathKey(path)).toBe(describePath(path));
    }
  });

  it('knows what lies inside a path', () => {
    expect(isUnder('$.activities[1].title', '$.activities[1]')).toBe(true);
    expect(isUnder('$.activities[1]', '$.activities[1]')).toBe(true);
    expect(isUnder('$.activities[12].title', '$.activities[1]')).toBe(false);
    expect(isUnder('$.titles', '$.title')).toBe(false);
  });

  it('sets a value without touching the original', () => {
    const w = builtIn('essentials');
    const next = setAt(w, ['activities', 1, 'script', 'debrief', 0], 'New question');
    expect(next.activities[1].script.debrief[0]).toBe('New question');
    expect(w.activities[1].script.debrief[0]).not.toBe('New question');
    expect(next.activities[2]).toBe(w.activities[2]);
    const cleared = setAt({ ...w, startTime: '09:00' }, ['startTime'], null);
    expect('startTime' in cleared).toBe(false);
  });

  it('turns a drop before or after a row into a move', () => {
    expect(dropIndex(0, 2, true)).toBe(2);
    expect(dropIndex(0, 2, false)).toBe(1);
    expect(dropIndex(3, 0, false)).toBe(0);
    expect(dropIndex(3, 0, true)).toBe(1);
    expect(dropIndex(2, 2, true)).toBe(2);
  });

  it("names where a problem is in the facilitator's words", () => {
    const w = builtIn('close-relationships');
    const s = w.activities.findIndex((a) => a.kind === 'scenario');
    const p = locate({ path: `$.activities[${s}].cards[1].questions[0]`, message: 'must not be empty' }, w);
    expect(p).toMatchObject({ activityIndex: s, where: `Activity ${s + 1} (${w.activities[s].title}): card 2, question 1` });
    expect(locate({ path: '$.activities[0].script.steps[1].text', message: 'x' }, w).where).toMatch(/: step 2, text$/);
    expect(locate({ path: '$.title', message: 'x' }, w)).toEqual({ path: '$.title', message: 'x', where: 'Workshop: title' });
    expect(locate({ path: '$.activities', message: 'x' }, w).where).toBe('Workshop: agenda');
  });
});

describe('content problems in the interface’s language', () => {
  it('the host names the kind and the number; the editor says it in Spanish or Arabic, and keeps the host’s words otherwise', () => {
    const draft = { ...builtIn('essentials'), title: '' };
    const check = checkDraft(draft);
    const title = check.problems.find((p) => p.path === '$.title')!;
    expect(title).toMatchObject({ kind: 'empty', message: 'must not be empty' });
    setLocale('es', { reload: false });
    try {
      expect(problemText(title)).toBe('no puede estar vacío');
      expect(problemText({ path: '$.title', message: 'x', kind: 'too-long', limit: 120 })).toBe('como máximo 120 caracteres');
      expect(problemText({ path: '$.lang', message: 'use a BCP 47 language tag' })).toBe('use a BCP 47 language tag');
      setLocale('ar', { reload: false });
      expect(problemText(title)).toBe('لا يمكن أن يكون فارغًا');
    } finally {
      setLocale('en', { reload: false });
    }
  });
});
