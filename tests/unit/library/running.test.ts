import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadTemplates } from '../../../src-main/services/templates/load-templates';
import { workshopSchema } from '../../../src-main/core/workshop/workshop-schema';
import { careWordsFor, plain } from './care-words';

const templatesDir = fileURLToPath(new URL('../../../templates', import.meta.url));
const library = await loadTemplates(templatesDir);
const workshops = library.workshops.map((w) => [w.id, w] as const);

describe('running a workshop for real', () => {
  it.each(workshops)('%s: states its group size, goals, room set-up and key ideas', (_id, w) => {
    expect(w.groupSize, 'groupSize').toBeDefined();
    const g = w.groupSize!;
    expect(g.min).toBeLessThanOrEqual(6);
    expect(g.max).toBeGreaterThanOrEqual(20);
    expect(g.small).toMatch(/\b6\b/);
    expect(g.large).toMatch(/\b(24|30)\b/);
    expect(w.goals?.length).toBeGreaterThanOrEqual(3);
    expect(w.roomSetup?.length).toBeGreaterThan(80);
    expect(w.keyIdeas?.length).toBeGreaterThanOrEqual(4);
  });

  it.each(workshops)('%s: says for every activity what to do when short of time', (_id, w) => {
    for (const a of w.activities) expect(a.shortOfTime, a.id).toMatch(/\p{L}+ \p{L}+ \p{L}+/u);
  });

  it.each(workshops)('%s: budgets the minutes for moving into pairs, groups or onto the line', (_id, w) => {
    const words = careWordsFor(w.lang);
    for (const a of w.activities) {
      const first = plain(a.script.steps[0].text);
      if (a.grouping === 'pairs' || a.grouping === 'small-groups') expect(first, a.id).toMatch(words.moveIntoGroups);
      if (a.kind === 'spectrum') expect(first, a.id).toMatch(words.ontoTheLine);
    }
  });

  it.each(workshops)('%s: has a short name round, or says when to add one', (_id, w) => {
    const welcome = w.activities[0];
    const round = welcome.script.steps.find((s) => careWordsFor(w.lang).nameRound.test(plain(s.text)));
    if (round) expect(round.minutes).toBeLessThanOrEqual(3);
    else expect(welcome.facilitatorNote, 'a note on when a name round is needed').toMatch(/name/i);
  });

  it.each(workshops)('%s: leaves realistic time for card sorts and spectrum lines', (_id, w) => {
    const words = careWordsFor(w.lang);
    for (const a of w.activities) {
      if (a.kind === 'card-sort') {
        const sorting = a.script.steps.find((s) => words.sortStep.test(plain(s.text)) && s.minutes >= 3)!;
        expect((sorting.minutes * 60) / a.cards.length, `${a.id}: seconds per card`).toBeGreaterThanOrEqual(12);
        // The whole key cannot be read out in the time: the review picks the cards that matter.
        const review = a.script.steps.find((s) => words.answerKey.test(plain(s.text)))!;
        expect(plain(review.text), a.id).toMatch(words.reviewOnlySome);
      }
      if (a.kind === 'spectrum') {
        const reading = a.script.steps.find((s) => words.readAloud.test(plain(s.text)))!;
        const most = Math.max(...(reading.text.match(/\b\d+\b/g) ?? ['0']).map(Number));
        expect(most, `${a.id}: statements read in ${reading.minutes} minutes`).toBeLessThanOrEqual(reading.minutes + 1);
        expect(a.statements.length, a.id).toBeGreaterThanOrEqual(most);
      }
    }
  });

  it('rejects a group size whose best is outside its range', () => {
    const w = library.workshops[0];
    const bad = { ...w, groupSize: { ...w.groupSize!, min: 12, best: 8 } };
    const result = workshopSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(['groupSize', 'best']);
  });

  it('accepts the optional fields, and a workshop without them', () => {
    const w = library.workshops[0];
    expect(workshopSchema.safeParse(w).success).toBe(true);
    const bare = { ...w, groupSize: undefined, goals: undefined, roomSetup: undefined, keyIdeas: undefined };
    bare.activities = w.activities.map((a) => ({ ...a, shortOfTime: undefined, facilitatorNote: undefined }));
    expect(workshopSchema.safeParse(JSON.parse(JSON.stringify(bare))).success).toBe(true);
  });

  it('refuses a card age outside the list and a short-of-time line that is too long, saying where', () => {
    const w = library.workshops.find((x) => x.id === 'my-life-my-people')!;
    const i = w.activities.findIndex((a) => a.kind === 'scenario');
    const bad = JSON.parse(JSON.stringify(w));
    bad.activities[i].cards[0].age = 'toddler';
    bad.activities[0].shortOfTime = 'x'.repeat(401);
    const paths = (workshopSchema.safeParse(bad).error?.issues ?? []).map((issue) => issue.path.join('.'));
    expect(paths).toContain(`activities.${i}.cards.0.age`);
    expect(paths).toContain('activities.0.shortOfTime');
  });
});
