import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadTemplates } from '../../../src-main/services/templates/load-templates';
import type { Workshop } from '../../../src-main/core/workshop/workshop-schema';
import type { ScenarioCard, SortCard } from '../../../src-main/core/workshop/activity-schema';
import { careWordsFor, plain, type CareWords } from './care-words';

const templatesDir = fileURLToPath(new URL('../../../templates', import.meta.url));
const library = await loadTemplates(templatesDir);
const workshops = library.workshops.map((w) => [w.id, w] as const);

/** Confidentiality stated with its limit: a risk of harm, and a talk with that person first. */
const namesTheLimit = (words: CareWords, text: string) => words.atRiskOfHarm.test(plain(text)) && words.talkWithThemFirst.test(plain(text));

/** Every string in a workshop, with where it is, so a failure names its place. */
function stringsOf(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsOf(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringsOf(v, path ? `${path}.${k}` : k));
  return [];
}

const cardsOf = (w: Workshop): (ScenarioCard | SortCard)[] =>
  w.activities.flatMap((a): (ScenarioCard | SortCard)[] => (a.kind === 'scenario' || a.kind === 'card-sort' ? a.cards : []));
const allCards: (ScenarioCard | SortCard)[] = [...library.banks.flatMap((b) => b.cards), ...library.workshops.flatMap(cardsOf)];

describe('safeguarding in every built-in workshop', () => {
  it.each(workshops)('%s: opens with ground rules that state confidentiality and its limit, the right to pass and listening', (_id, w) => {
    const words = careWordsFor(w.lang);
    const first = w.activities[0];
    expect(first.id).toBe('ground-rules');
    for (const text of [first.instructions, first.script.say]) {
      expect(plain(text)).toMatch(words.promisesConfidentiality);
      expect(namesTheLimit(words, text), text).toBe(true);
    }
    expect(plain(first.instructions)).toMatch(words.pass);
    expect(plain(first.instructions)).toMatch(words.listen);
  });

  it.each(workshops)('%s: never promises confidentiality without naming its limit', (_id, w) => {
    // Notes to the facilitator may refer to "the limit of confidentiality" by name; everything else spells it out.
    const words = careWordsFor(w.lang);
    for (const [where, text] of stringsOf(w))
      if (words.promisesConfidentiality.test(plain(text))) expect(plain(text), where).toMatch(words.limitByName);
  });

  it.each(workshops)('%s: addresses its content notes to participants, with the right to pass', (_id, w) => {
    const words = careWordsFor(w.lang);
    expect(w.contentNotes.length).toBeGreaterThan(0);
    for (const note of [...w.contentNotes, ...w.activities.flatMap((a) => (a.contentNote ? [a.contentNote] : []))]) {
      expect(plain(note)).toMatch(words.pass);
      expect(plain(note), 'a note to participants, not an instruction to the facilitator').not.toMatch(words.addressedToFacilitator);
    }
  });

  it.each(workshops)('%s: its script ends by pointing to the support contacts printed in the pack', (_id, w) => {
    const lastStep = w.activities.at(-1)!.script.steps.at(-1)!;
    expect(plain(lastStep.text)).toContain(careWordsFor(w.lang).supportContacts);
  });

  it('Close Relationships names control and isolation as warning signs, not dependence, and says where to turn', () => {
    const w = library.workshops.find((x) => x.id === 'close-relationships')!;
    const teach = w.activities.find((a) => a.kind === 'teach');
    expect(teach?.kind).toBe('teach');
    if (teach?.kind !== 'teach') return;
    const point = teach.points.find((p) => /control/i.test(p) && /isolat|who you may see/i.test(p));
    expect(point).toMatch(/warning sign/i);
    expect(point).toMatch(/not "too much dependence"/);
    expect(point).toMatch(/support contacts/);
    const sort = w.activities.find((a) => a.kind === 'card-sort');
    if (sort?.kind !== 'card-sort') throw new Error('Close Relationships has no card sort');
    expect(sort.cards.find((c) => c.id === 'stopped-seeing-friends')?.category).toBe('warning-sign');
    // No card about cutting someone off from friends, control or fear is keyed as a balance question.
    for (const c of sort.cards)
      if (/stopped seeing|not allowed|afraid of (him|her|them|their partner)|controls?/i.test(c.text))
        expect(c.category, c.id).toBe('warning-sign');
  });

  it('gives a facilitator note to every card that can touch real harm', () => {
    const harmful = [
      'keep-my-secret',
      'online-friends',
      'after-the-loss',
      'first-relationship',
      'headphones-at-dinner',
      'friend-every-night',
    ];
    for (const id of harmful) {
      const copies = allCards.filter((c) => c.id === id);
      expect(copies.length, id).toBeGreaterThan(0);
      for (const c of copies) expect(c.facilitatorNote?.length ?? 0, id).toBeGreaterThan(80);
    }
    // Any card that speaks of loss, illness, secrets at home or strangers online carries a note too.
    const risky = /lost (her|his|their) (father|mother)|seriously ill|things at home are|never met them|self-harm/i;
    for (const c of allCards) if (risky.test(JSON.stringify(c))) expect(c.facilitatorNote, c.id).toBeTruthy();
  });
});
