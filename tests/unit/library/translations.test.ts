import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadTemplates } from '../../../src-main/services/templates/load-templates';
import type { Activity } from '../../../src-main/core/workshop/activity-schema';
import type { Workshop } from '../../../src-main/core/workshop/workshop-schema';

const templatesDir = fileURLToPath(new URL('../../../templates', import.meta.url));
const library = await loadTemplates(templatesDir);
const translations = library.workshops.filter((w) => w.translationOf);
const originalOf = (w: Workshop) => library.workshops.find((x) => x.id === w.translationOf)!;

/** What a translation must keep from its original, so sessions, results and printed sets line up. */
function shapeOf(a: Activity) {
  const items =
    a.kind === 'card-sort'
      ? { categories: a.categories.map((c) => c.id), cards: a.cards.map((c) => [c.id, c.category ?? null]) }
      : a.kind === 'scenario'
        ? { cards: a.cards.map((c) => [c.id, c.age ?? null, c.setting ?? null, c.perspectives?.length ?? 0]) }
        : a.kind === 'spectrum'
          ? { statements: a.statements.map((s) => s.id) }
          : a.kind === 'poll'
            ? { options: a.options.map((o) => o.id) }
            : a.kind === 'teach'
              ? { points: a.points.length, table: a.showComparisonTable }
              : {};
  return {
    id: a.id,
    kind: a.kind,
    minutes: a.minutes,
    section: a.section,
    grouping: a.grouping,
    steps: a.script.steps.map((s) => s.minutes),
    ...items,
  };
}

/** Every string, with its path: a translation says every one of them in its own language. */
function stringsOf(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsOf(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringsOf(v, path ? `${path}.${k}` : k));
  return [];
}
const isWord = (path: string) => !/(^|\.)(id|lang|translationOf|section|sections\[\d+\]|kind|grouping|category|age|setting)$/.test(path);

describe('the translated workshops', () => {
  it('are the Essentials and Across Cultures, in Spanish and in Arabic, each naming its original', () => {
    expect(library.workshops).toHaveLength(10);
    expect(translations.map((w) => [w.id, w.lang, w.translationOf])).toEqual([
      ['essentials-es', 'es', 'essentials'],
      ['essentials-ar', 'ar', 'essentials'],
      ['across-cultures-es', 'es', 'across-cultures'],
      ['across-cultures-ar', 'ar', 'across-cultures'],
    ]);
    for (const w of library.workshops.filter((x) => !x.translationOf)) expect(w.lang, w.id).toBe('en');
  });

  it.each(translations.map((w) => [w.id, w] as const))(
    '%s: has the same activity ids, kinds, minutes and items as its original',
    (_id, w) => {
      const original = originalOf(w);
      expect(w.minutes).toBe(original.minutes);
      expect(w.sections).toEqual(original.sections);
      expect(w.groupSize && [w.groupSize.min, w.groupSize.best, w.groupSize.max]).toEqual(
        original.groupSize && [original.groupSize.min, original.groupSize.best, original.groupSize.max],
      );
      expect(w.activities.map(shapeOf)).toEqual(original.activities.map(shapeOf));
      expect(w.keyIdeas?.length).toBe(original.keyIdeas?.length);
      expect(w.contentNotes.length).toBe(original.contentNotes.length);
    },
  );

  it.each(translations.map((w) => [w.id, w] as const))('%s: says every text in its own language, and drops none', (_id, w) => {
    const original = new Map(stringsOf(originalOf(w)).filter(([p]) => isWord(p)));
    const mine = new Map(stringsOf(w).filter(([p]) => isWord(p)));
    expect([...mine.keys()].sort()).toEqual([...original.keys()].sort());
    for (const [path, text] of mine) {
      if (text.length > 12) expect(text, path).not.toBe(original.get(path));
      if (w.lang === 'ar') expect(text, path).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it('translates the culture bank card for card, with the same ids, ages, settings and two perspectives each', () => {
    const english = library.banks.find((b) => b.id === 'culture')!;
    for (const id of ['culture-es', 'culture-ar']) {
      const bank = library.banks.find((b) => b.id === id)!;
      expect(bank.section, id).toBe('culture');
      expect(bank.lang, id).toBe(id.slice(-2));
      expect(
        bank.cards.map((c) => [c.id, c.age, c.setting, c.perspectives?.length, !!c.facilitatorNote]),
        id,
      ).toEqual(english.cards.map((c) => [c.id, c.age, c.setting, c.perspectives?.length, !!c.facilitatorNote]));
    }
  });
});
