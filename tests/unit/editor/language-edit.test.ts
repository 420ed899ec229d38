import { describe, expect, it } from 'vitest';
import { applyEdit, type Sources } from '../../../src-main/core/editor/apply';
import { checkDraft } from '../../../src-main/core/editor/draft';
import { duplicateWorkshop } from '../../../src-main/core/editor/create';
import { builtIn } from './fixtures';

const none: Sources = { activity: () => undefined, card: () => undefined };

describe("the editor's language field", () => {
  it('sets the workshop’s language with a plain set, and the draft stays valid', () => {
    const next = applyEdit(builtIn('essentials'), { type: 'set', path: ['lang'], value: 'ar' }, none);
    expect(next.lang).toBe('ar');
    expect(checkDraft(next).problems).toEqual([]);
  });

  it('keeps a malformed tag as a draft with a problem at $.lang, not a refused edit', () => {
    const next = applyEdit(builtIn('essentials'), { type: 'set', path: ['lang'], value: 'not a tag' }, none);
    const check = checkDraft(next);
    expect(check.sound).toBe(true);
    expect(check.problems.map((p) => p.path)).toEqual(['$.lang']);
  });

  it('names a copy in the workshop’s own language: "(copy)", "(copia)", "(نسخة)", for the workshop and an activity', () => {
    expect(duplicateWorkshop(builtIn('essentials'), 'w1').title).toMatch(/ \(copy\)$/);
    expect(duplicateWorkshop(builtIn('essentials-es'), 'w2').title).toMatch(/ \(copia\)$/);
    const arabic = builtIn('essentials-ar');
    expect(duplicateWorkshop(arabic, 'w3').title).toMatch(/ \(نسخة\)$/);
    const next = applyEdit(arabic, { type: 'duplicate-activity', index: 0 }, none);
    expect(next.activities[1].title).toBe(`${arabic.activities[0].title} (نسخة)`);
  });
});
