import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../src-main/core/editor/draft';
import { emptyWorkshop, duplicateWorkshop } from '../../../src-main/core/editor/create';
import { builtIn } from './fixtures';

describe('drafts', () => {
  it('a valid workshop has no problems and comes back parsed', () => {
    const check = checkDraft(builtIn('essentials'));
    expect(check).toMatchObject({ sound: true, problems: [], structural: [] });
    expect(check.workshop?.id).toBe('essentials');
  });

  it('an empty workshop is a sound draft listing what to fill in', () => {
    const check = checkDraft(emptyWorkshop('my-workshop'));
    expect(check.sound).toBe(true);
    expect(check.workshop).toBeUndefined();
    expect(check.problems.map((p) => p.path)).toEqual(['$.title', '$.summary', '$.audience', '$.activities']);
  });

  it('tells shape problems from content problems', () => {
    const w = builtIn('essentials') as unknown as Record<string, unknown>;
    expect(checkDraft({ ...w, title: 42 }).sound).toBe(false);
    expect(checkDraft({ ...w, extra: true }).structural[0].path).toBe('$');
    expect(checkDraft({ ...w, minutes: 2.5 }).problems).toEqual([
      { path: '$.minutes', message: 'use a whole number', kind: 'whole-number' },
    ]);
    expect(checkDraft({ ...w, startTime: '9' }).problems).toEqual([{ path: '$.startTime', message: 'use HH:MM, e.g. 09:30' }]);
    expect(checkDraft({ ...w, title: 'x'.repeat(121) }).problems).toEqual([
      { path: '$.title', message: 'at most 120 characters', kind: 'too-long', limit: 120 },
    ]);
    expect(checkDraft(null).sound).toBe(false);
  });

  it('a copy gets its own id and a title that says so', () => {
    const copy = duplicateWorkshop(builtIn('essentials'), 'essentials-copy');
    expect(copy.id).toBe('essentials-copy');
    expect(copy.title).toMatch(/\(copy\)$/);
    expect(checkDraft(copy).problems).toEqual([]);
  });
});
