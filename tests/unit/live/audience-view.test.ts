import { describe, expect, it } from 'vitest';
import { audienceViewOf } from '../../../src-main/core/live/audience-view';
import { applyIntent, openRun } from '../../../src-main/core/live/live-run';
import { liveStateOf } from '../../../src-main/core/live/live-state';
import { stepCountOf } from '../../../src-main/core/live/steps';
import type { Activity } from '../../../src-main/core/workshop/activity-schema';
import { builtInWorkshops, sessionOf } from './fixtures';

/** Every piece of text in an activity that only the facilitator may see. */
function facilitatorOnly(a: Activity): string[] {
  const texts = [a.goal, a.script.say, ...a.script.steps.map((s) => s.text), ...a.script.debrief, ...a.materials];
  if (a.handout) texts.push(a.handout);
  if (a.kind === 'card-sort') for (const c of a.cards) if (c.explanation) texts.push(c.explanation);
  return texts;
}

describe('audienceViewOf', () => {
  it('never carries the script, goal, materials, debrief or answer key, at any step of any built-in activity', async () => {
    for (const w of await builtInWorkshops()) {
      const session = sessionOf(w);
      session.notes.session = 'SESSION-NOTE-SECRET';
      session.notes.activities[w.activities[0].id] = 'ACTIVITY-NOTE-SECRET';
      let run = openRun(session, w.activities, 0);
      w.activities.forEach((activity, i) => {
        for (let step = 0; step < stepCountOf(activity); step++) {
          run = applyIntent(run, { type: 'goto', activityIndex: i, step }, 0);
          const json = JSON.stringify(audienceViewOf(run, 0, 'dark'));
          for (const secret of facilitatorOnly(activity)) expect(json, `${w.id}/${activity.id}`).not.toContain(secret);
          expect(json).not.toMatch(/SECRET|"category"|"explanation"|"script"|"goal"/);
        }
      });
    }
  });

  it('reveals each card’s points of view, then its questions, one step at a time, card by card', async () => {
    const w = (await builtInWorkshops()).find((x) => x.activities.some((a) => a.kind === 'scenario' && a.cards[0].perspectives))!;
    const index = w.activities.findIndex((a) => a.kind === 'scenario' && a.cards[0].perspectives);
    const scenario = w.activities[index];
    if (scenario.kind !== 'scenario') throw new Error('fixture');
    let run = openRun(sessionOf(w), w.activities, 0);
    run = applyIntent(run, { type: 'goto', activityIndex: index }, 0);
    const seen: string[] = [];
    const expected = scenario.cards.flatMap((card, c) => {
      const views = card.perspectives?.length ?? 0;
      return [
        ...Array.from({ length: views + 1 }, (_, v) => `${c + 1}:${v}:0`),
        ...card.questions.map((_, q) => `${c + 1}:${views}:${q + 1}`),
      ];
    });
    for (let i = 0; i < stepCountOf(scenario); i++) {
      const slide = audienceViewOf(run, 0, 'light').slide;
      if (slide.kind !== 'scenario') throw new Error('kind');
      seen.push(`${slide.cardNumber}:${slide.perspectives.length}:${slide.questions.length}`);
      if (slide.cardNumber === 1 && slide.perspectives.length === 2) {
        expect(slide.perspectives).toEqual(scenario.cards[0].perspectives);
        expect(slide.perspectiveCount).toBe(2);
      }
      run = applyIntent(run, { type: 'next' }, 0);
    }
    expect(seen).toEqual(expected);
    expect(seen.slice(0, 4)).toEqual(['1:0:0', '1:1:0', '1:2:0', '1:2:1']);
  });

  it('shows the board as the facilitator places cards, newest last', async () => {
    const w = (await builtInWorkshops()).find((x) => x.id === 'essentials')!;
    const index = w.activities.findIndex((a) => a.kind === 'card-sort');
    const sort = w.activities[index];
    if (sort.kind !== 'card-sort') throw new Error('fixture');
    let run = openRun(sessionOf(w), w.activities, 0);
    run = applyIntent(run, { type: 'goto', activityIndex: index }, 0);
    run = applyIntent(run, { type: 'sort-place', activityId: sort.id, cardId: sort.cards[2].id, categoryId: sort.categories[0].id }, 0);
    run = applyIntent(run, { type: 'sort-place', activityId: sort.id, cardId: sort.cards[0].id, categoryId: sort.categories[0].id }, 0);
    const slide = audienceViewOf(run, 0, 'dark').slide;
    if (slide.kind !== 'card-sort') throw new Error('kind');
    expect(slide.columns[0].cards.map((c) => c.id)).toEqual([sort.cards[2].id, sort.cards[0].id]);
    expect(slide.latestCardId).toBe(sort.cards[0].id);
    expect(slide.unplacedCount).toBe(sort.cards.length - 2);
  });

  it('gives the console a preview of the next press', async () => {
    const w = (await builtInWorkshops()).find((x) => x.id === 'essentials')!;
    const run = openRun(sessionOf(w), w.activities, 0);
    const state = liveStateOf(run, 0, { theme: 'dark', chime: true, minGroup: 5 });
    expect(state.upNext?.step).toBe(1);
    expect(state.audience.step).toBe(0);
    const last = applyIntent(run, { type: 'goto', activityIndex: 99, step: 99 }, 0);
    expect(liveStateOf(last, 0, { theme: 'dark', chime: true, minGroup: 5 }).upNext).toBeNull();
  });
});
