import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTemplates } from '../../../src-main/services/templates/load-templates';
import { anyLanguage, careWordsFor, plain } from './care-words';

const templatesDir = fileURLToPath(new URL('../../../templates', import.meta.url));
const library = await loadTemplates(templatesDir);
const activities = library.workshops.flatMap((w) => w.activities.map((a) => ({ w: w.id, lang: w.lang, a })));
const raw = ['workshops', 'banks'].flatMap((d) =>
  readdirSync(join(templatesDir, d)).map((f) => readFileSync(join(templatesDir, d, f), 'utf8')),
);
const scenarioCards = [
  ...library.banks.flatMap((b) => b.cards),
  ...library.workshops.flatMap((w) => w.activities.flatMap((a) => (a.kind === 'scenario' ? a.cards : []))),
];

describe('content that says what it means', () => {
  it('no card-sort explanation starts with a category other than its key', () => {
    for (const { w, lang, a } of activities) {
      if (a.kind !== 'card-sort') continue;
      for (const c of a.cards) {
        if (!c.explanation || !c.category) continue;
        for (const other of a.categories.filter((x) => x.id !== c.category)) {
          const starts = [other.label, other.id].some((name) => c.explanation!.toLowerCase().startsWith(name.toLowerCase()));
          expect(starts, `${w}/${a.id}/${c.id} is keyed "${c.category}" but its explanation starts with "${other.label}"`).toBe(false);
        }
        // An explanation that says "both" belongs under a Both heading when the sort has one.
        if (careWordsFor(lang).startsWithBoth.test(plain(c.explanation))) expect(c.category, `${w}/${a.id}/${c.id}`).toBe('both');
      }
    }
  });

  it('offers a Both column wherever the instructions send a card across the line', () => {
    for (const { w, lang, a } of activities)
      if (a.kind === 'card-sort' && careWordsFor(lang).acrossTheLine.test(plain(a.instructions)))
        expect(
          a.categories.map((c) => c.id),
          `${w}/${a.id}`,
        ).toContain('both');
  });

  it('never lets a "together" end of a line mean that someone else decides', () => {
    for (const { w, a } of activities) {
      if (a.kind !== 'spectrum') continue;
      const text = [a.instructions, a.handout ?? '', a.poles.left, a.poles.right, a.script.say].join(' ');
      expect(text, `${w}/${a.id}`).not.toMatch(/together,? or the (adults|parents|family) decide/i);
    }
  });

  it('makes no appeal to authorities the article does not make', () => {
    for (const text of raw) expect(anyLanguage('authorities', text)).toBeUndefined();
  });

  it('names people on perspectives, never their lens, and keeps out the stock lines', () => {
    for (const c of scenarioCards)
      for (const p of c.perspectives ?? []) expect(anyLanguage('lensLabel', p.label), `${c.id}: ${p.label}`).toBeUndefined();
    for (const text of raw) expect(anyLanguage('stockLines', text)).toBeUndefined();
  });

  it('ties Across Cultures back to autonomy and attachment', () => {
    const w = library.workshops.find((x) => x.id === 'across-cultures')!;
    const lenses = w.activities.find((a) => a.id === 'two-lenses');
    expect(lenses?.kind).toBe('teach');
    if (lenses?.kind !== 'teach') return;
    const taught = [lenses.script.say, ...lenses.points].join(' ');
    expect(taught).toMatch(/"I" lens[^.]*autonomy/);
    expect(taught).toMatch(/"we" lens[^.]*attachment/);
    expect(w.summary).toMatch(/attachment/);
  });

  it('teaches the foundations of autonomy, not only reflects on them', () => {
    const taught = activities.filter(({ a }) => a.section === 'foundations' && a.kind === 'teach');
    expect(taught.length).toBeGreaterThan(0);
    const points = taught.flatMap(({ a }) => (a.kind === 'teach' ? a.points : [])).join(' ');
    for (const idea of [/self-governance/i, /values/i, /resilien/i]) expect(points).toMatch(idea);
  });
});
