import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTemplates } from '../../../src-main/services/templates/load-templates';
import { SECTION_SLUGS } from '../../../src-main/core/workshop/sections';
import { totalMinutes } from '../../../src-main/core/workshop/timing';
import { fileURLToPath } from 'node:url';
import { anyLanguage, careWordsFor, plain } from './care-words';

const templatesDir = fileURLToPath(new URL('../../../templates', import.meta.url));
const library = await loadTemplates(templatesDir);
const byId = (id: string) => library.workshops.find((w) => w.id === id)!;

describe('the built-in library', () => {
  it('loads every template file without a problem', () => {
    expect(library.problems).toEqual([]);
    const files = readdirSync(join(templatesDir, 'workshops')).length + readdirSync(join(templatesDir, 'banks')).length;
    expect(library.workshops.length + library.banks.length).toBe(files);
  });

  it('has the six workshops at their lengths', () => {
    const originals = library.workshops.filter((w) => !w.translationOf);
    expect(Object.fromEntries(originals.map((w) => [w.id, w.minutes]))).toEqual({
      essentials: 60,
      'growing-up': 90,
      'across-cultures': 75,
      'at-work': 90,
      'close-relationships': 60,
      'my-life-my-people': 50,
    });
  });

  it('has a lesson-length workshop for teenagers themselves that asks for no personal story', () => {
    const teens = byId('my-life-my-people');
    expect(teens.minutes).toBe(50);
    expect(teens.audience).toMatch(/14 to 18.*school/);
    expect(teens.sections).toContain('adolescence');
    const cards = teens.activities.flatMap((a) => (a.kind === 'scenario' ? a.cards : []));
    expect(cards.length).toBeGreaterThanOrEqual(4);
    for (const c of cards) expect(c.age, c.id).toBe('teen');
    expect(cards.map((c) => c.id)).toContain('teen-keep-it-between-us');
    // Anything personal is private: never collected, never shared, a made-up teenager always allowed.
    for (const a of teens.activities.filter((x) => x.kind === 'reflection')) {
      expect(a.instructions).toMatch(/nobody will collect/);
      expect(a.instructions).toMatch(/made-up/);
    }
    expect(JSON.stringify(teens)).not.toMatch(/tell (us|the group) about (a time|your)/i);
  });

  it.each(library.workshops.map((w) => [w.id, w] as const))(
    '%s: activity minutes add up to its length, and step minutes to each activity',
    (_id, w) => {
      expect(totalMinutes(w.activities)).toBe(w.minutes);
      for (const a of w.activities) expect(totalMinutes(a.script.steps), a.id).toBe(a.minutes);
    },
  );

  it.each(library.workshops.map((w) => [w.id, w] as const))('%s: ends with strategies and balance work', (_id, w) => {
    const last = w.activities.at(-1)!;
    expect(['strategies', 'balance']).toContain(last.section);
  });

  it('uses every section slug of the article at least once', () => {
    const used = new Set(library.workshops.flatMap((w) => w.activities.map((a) => a.section)));
    expect([...SECTION_SLUGS].filter((s) => !used.has(s))).toEqual([]);
  });

  it('has scenario banks of the promised sizes', () => {
    const count = (section: string) => library.banks.filter((b) => b.section === section).reduce((n, b) => n + b.cards.length, 0);
    for (const s of ['adolescence', 'culture', 'workplace']) expect(count(s), s).toBeGreaterThanOrEqual(12);
    for (const s of ['early-childhood', 'relationships']) expect(count(s), s).toBeGreaterThanOrEqual(6);
  });

  it('has a card sort built from the six aspects of the comparison table plus at least 10 everyday examples', () => {
    const sort = byId('essentials').activities.find((a) => a.kind === 'card-sort');
    expect(sort?.kind).toBe('card-sort');
    if (sort?.kind !== 'card-sort') return;
    expect(sort.section).toBe('comparison');
    expect(sort.cards.length).toBeGreaterThanOrEqual(12 + 10);
    expect(new Set(sort.cards.map((c) => c.category))).toEqual(new Set(['autonomy', 'both', 'attachment']));
    // The instructions send cards that belong to both "across the line": the Both column is that line.
    expect(sort.instructions).toMatch(/across the line/);
  });

  it('has a spectrum with at least 12 statements', () => {
    const spectra = library.workshops.flatMap((w) => w.activities).filter((a) => a.kind === 'spectrum');
    expect(Math.max(...spectra.map((a) => (a.kind === 'spectrum' ? a.statements.length : 0)))).toBeGreaterThanOrEqual(12);
  });

  it('uses every kind of activity', () => {
    const kinds = new Set(library.workshops.flatMap((w) => w.activities.map((a) => a.kind)));
    expect([...kinds].sort()).toEqual([
      'break',
      'card-sort',
      'discussion',
      'poll',
      'reflection',
      'role-play',
      'scenario',
      'spectrum',
      'teach',
    ]);
  });
});

describe('care for a sensitive topic', () => {
  const activities = library.workshops.flatMap((w) => w.activities.map((a) => ({ w, a })));

  it('opens the Essentials, in every language, with ground rules: confidentiality, the right to pass, listening without fixing', () => {
    const versions = library.workshops.filter((w) => w.id === 'essentials' || w.translationOf === 'essentials');
    expect(versions.map((w) => w.lang)).toEqual(['en', 'es', 'ar']);
    for (const w of versions) {
      const words = careWordsFor(w.lang);
      const text = plain(JSON.stringify(w.activities[0]));
      expect(text, w.id).toMatch(words.promisesConfidentiality);
      expect(text, w.id).toMatch(words.pass);
      expect(text, w.id).toMatch(words.fix);
    }
  });

  it('gives every activity with a content note a "pass" option in its instructions', () => {
    const noted = activities.filter(({ a }) => a.contentNote);
    expect(noted.length).toBeGreaterThan(4);
    for (const { w, a } of noted) expect(plain(a.instructions), `${w.id}/${a.id}`).toMatch(careWordsFor(w.lang).pass);
  });

  it('puts a content note on every reflection that invites personal history', () => {
    for (const { w, a } of activities) {
      if (a.kind !== 'reflection') continue;
      const personal = careWordsFor(w.lang).personalHistory.test(plain(a.prompts.join(' ')));
      if (personal) expect(a.contentNote, `${w.id}/${a.id}`).toBeTruthy();
    }
  });

  it('uses no clinical or diagnostic labels for people', () => {
    const raw = readdirSync(join(templatesDir, 'workshops'))
      .concat(readdirSync(join(templatesDir, 'banks')).map((f) => `../banks/${f}`))
      .map((f) => readFileSync(join(templatesDir, 'workshops', f), 'utf8'))
      .join('\n');
    expect(anyLanguage('clinicalLabels', raw)).toBeUndefined();
  });

  it('shows each culture card with two perspectives, in every language', () => {
    const culture = library.banks.filter((b) => b.section === 'culture');
    expect(culture.map((b) => b.lang).sort()).toEqual(['ar', 'en', 'es']);
    for (const bank of culture) for (const card of bank.cards) expect(card.perspectives?.length, `${bank.id}/${card.id}`).toBe(2);
  });
});
