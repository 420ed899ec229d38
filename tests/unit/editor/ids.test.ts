import { describe, expect, it } from 'vitest';
import { freshId, idBase, nextItemId } from '../../../src-main/core/editor/ids';
import { idSchema } from '../../../src-main/core/workshop/activity-schema';

describe('ids', () => {
  it('keeps a free id and numbers a taken one', () => {
    expect(freshId('essentials', new Set())).toBe('essentials');
    expect(freshId('essentials', new Set(['essentials']))).toBe('essentials-2');
    expect(freshId('essentials', new Set(['essentials', 'essentials-2']))).toBe('essentials-3');
  });

  it('always gives an id the schema accepts', () => {
    const long = 'x'.repeat(80);
    const taken = new Set([long, idBase(long)]);
    for (const base of [long, 'Café & Co.', '---', '', 'ÄÖÜ', 'a'.repeat(200)]) {
      const id = freshId(base, taken);
      expect(idSchema.safeParse(id).success, id).toBe(true);
      expect(taken.has(id)).toBe(false);
    }
  });

  it('numbers new items past the ones a list has', () => {
    expect(nextItemId('option', [])).toBe('option-1');
    expect(nextItemId('option', [{ id: 'a' }, { id: 'option-3' }])).toBe('option-4');
    expect(nextItemId('option', [{ id: 'option-2' }, { id: 'b' }])).toBe('option-3');
  });
});
