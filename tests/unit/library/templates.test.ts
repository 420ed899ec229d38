import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTemplates } from '../../../src-main/services/templates/load-templates';
import { SECTION_SLUGS } from '../../../src-main/core/workshop/sections';
import { totalMinutes } from '../../../src-main/core/workshop/timing';
import { fileURLToPath } from 'node:url';

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
    expect(Object.fromEntries(library.workshops.map((w) => [w.id, w.minutes]))).toEqual({
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
  const activities = library.workshops.flatMap((w) => w.activities.map((a) => ({ w: w.id, a })));

  it('opens the Essentials with ground rules: confidentiality, the right to pass, listening without fixing', () => {
    const first = byId('essentials').activities[0];
    const text = JSON.stringify(first).toLowerCase();
    expect(text).toMatch(/confidential|stays in the room/);
    expect(text).toMatch(/pass/);
    expect(text).toMatch(/fix/);
  });

  it('gives every activity with a content note a "pass" option in its instructions', () => {
    const noted = activities.filter(({ a }) => a.contentNote);
    expect(noted.length).toBeGreaterThan(4);
    for (const { w, a } of noted) expect(a.instructions.toLowerCase(), `${w}/${a.id}`).toMatch(/\bpass\b/);
  });

  it('puts a content note on every reflection that invites personal history', () => {
    for (const { w, a } of activities) {
      if (a.kind !== 'reflection') continue;
      const personal = /your family|grew up|childhood|as a child|someone close|partner/i.test(a.prompts.join(' '));
      if (personal) expect(a.contentNote, `${w}/${a.id}`).toBeTruthy();
    }
  });

  it('uses no clinical or diagnostic labels for people', () => {
    const raw = readdirSync(join(templatesDir, 'workshops'))
      .concat(readdirSync(join(templatesDir, 'banks')).map((f) => `../banks/${f}`))
      .map((f) => readFileSync(join(templatesDir, 'workshops', f), 'utf8'))
      .join('\n');
    expect(raw).not.toMatch(
      /attachment disorder|avoidant|anxious[- ]ambivalent|insecure(ly)? (type|attached)|disorgani[sz]ed attachment|diagnos/i,
    );
  });

  it('shows each culture card with two perspectives', () => {
    const culture = library.banks.find((b) => b.section === 'culture')!;
    for (const card of culture.cards) expect(card.perspectives?.length, card.id).toBe(2);
  });
});
