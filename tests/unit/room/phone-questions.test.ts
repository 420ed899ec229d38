// What a phone sees of each kind of activity, what it may answer, and how its answers move the results.
import { beforeAll, describe, expect, it } from 'vitest';
import { PASS, RoomAnswers } from '../../../src-main/core/room/answers';
import { answerableOf, phoneQuestionOf, resultMovesOf } from '../../../src-main/core/room/phone-question';
import { scenarioResponsesOf } from '../../../src-main/core/room/questions';
import { applyResult } from '../../../src-main/core/live/results';
import { activityResultSchema } from '../../../src-main/core/session/session-schema';
import type { Activity, ActivityOf } from '../../../src-main/core/workshop/activity-schema';
import type { Workshop } from '../../../src-main/core/workshop/workshop-schema';
import { builtInWorkshops } from '../live/fixtures';
import { resultLines } from '../../../src-main/core/session/session-record';

let all: Workshop[];
beforeAll(async () => void (all = await builtInWorkshops()));
const first = <K extends Activity['kind']>(kind: K, test: (a: ActivityOf<K>) => boolean = () => true): ActivityOf<K> => {
  for (const w of all) for (const a of w.activities) if (a.kind === kind && test(a as ActivityOf<K>)) return a as ActivityOf<K>;
  throw new Error(`no ${kind}`);
};

describe('what a phone sees', () => {
  it('never the answer key, notes or script', () => {
    for (const w of all)
      for (const a of w.activities)
        for (let step = 0; step < 3; step++) {
          const text = JSON.stringify(phoneQuestionOf(a, step));
          expect(text).not.toMatch(/explanation|facilitatorNote|"category"|"script"|"goal"/);
        }
  });

  it('a spectrum statement with its poles, eleven places and "pass"; a reflection with prompts only', () => {
    const spectrum = first('spectrum');
    const q = phoneQuestionOf(spectrum, 0)!;
    expect(q).toMatchObject({ kind: 'spectrum', id: `${spectrum.id}.${spectrum.statements[0].id}`, positions: 11 });
    expect(answerableOf(q)).toMatchObject({ options: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'], pass: true });
    const reflection = first('reflection');
    expect(phoneQuestionOf(reflection, 0)).toEqual({
      kind: 'reflection',
      id: reflection.id,
      text: reflection.title,
      prompts: [reflection.prompts[0]],
    });
    expect(answerableOf(phoneQuestionOf(reflection, 0)!).options).toEqual([]);
  });

  it('a scenario card offers one response per point of view and "Somewhere in between", or the activity’s own', () => {
    const scenario = first('scenario', (a) => a.cards.some((c) => c.perspectives?.length === 2));
    const card = scenario.cards.find((c) => c.perspectives?.length === 2)!;
    const offered = scenarioResponsesOf(scenario, card);
    expect(offered.map((r) => r.id)).toEqual(['view-1', 'view-2', 'in-between']);
    expect(offered[0].label).toMatch(/^Closer to .+ view$/);
    expect(offered[2].label).toBe('Somewhere in between');
    const own = {
      ...scenario,
      responses: [
        { id: 'talk', label: 'Talk it through' },
        { id: 'wait', label: 'Wait and see' },
      ],
    };
    expect(scenarioResponsesOf(own, card)).toEqual(own.responses);
  });
});

describe('answers', () => {
  it('a pass is remembered but never counted; passing takes back a placed answer', () => {
    const room = new RoomAnswers();
    const line = { id: 'line.s1', options: ['0', '1', '2'], pass: true };
    expect(room.answer(line, 'p1', 'line.s1', '2')).toEqual({ questionId: 'line.s1', added: '2' });
    expect(room.answer(line, 'p1', 'line.s1', PASS)).toEqual({ questionId: 'line.s1', removed: '2' });
    expect(room.question('line.s1').mine('p1')).toBe(PASS);
    expect(room.question('line.s1').answered).toBe(0);
    expect(room.question('line.s1').counts()).toEqual({});
    expect(room.answer({ ...line, pass: false }, 'p2', 'line.s1', PASS)).toBe('unknown-option');
  });

  it('a card sort takes one answer per card per phone, and only its own cards', () => {
    const room = new RoomAnswers();
    const sort = { id: 'sort', options: ['a', 'b'], items: ['c1', 'c2'] };
    expect(room.answer(sort, 'p1', 'sort', 'a', 'c1')).toEqual({ questionId: 'sort', itemId: 'c1', added: 'a' });
    expect(room.answer(sort, 'p1', 'sort', 'b', 'c2')).toEqual({ questionId: 'sort', itemId: 'c2', added: 'b' });
    expect(room.answer(sort, 'p1', 'sort', 'b', 'c1')).toEqual({ questionId: 'sort', itemId: 'c1', added: 'b', removed: 'a' });
    expect(room.answer(sort, 'p1', 'sort', 'a', 'zz')).toBe('unknown-item');
    expect(room.answer(sort, 'p1', 'sort', 'a')).toBe('unknown-item');
    expect(room.question('sort').answered).toBe(1);
    expect(room.question('sort').counts('c1')).toEqual({ b: 1 });
    expect(room.question('sort').mineByItem('p1')).toEqual({ c1: 'b', c2: 'b' });
  });

  it('moves become the session’s results for each kind, with how many phones answered', () => {
    const spectrum = first('spectrum');
    const q = phoneQuestionOf(spectrum, 0)!;
    const { moves, answered } = resultMovesOf(q, { questionId: q.id, added: '7', removed: '3' }, 4);
    const statementId = spectrum.statements[0].id;
    expect(moves.map(({ key: _k, ...m }) => m)).toEqual([
      { type: 'spectrum-add', activityId: spectrum.id, statementId, position: 3, by: -1 },
      { type: 'spectrum-add', activityId: spectrum.id, statementId, position: 7, by: 1 },
    ]);
    expect(answered).toMatchObject({ type: 'phones-answered', activityId: spectrum.id, itemId: statementId, count: 4 });

    const scenario = first('scenario', (a) => a.cards[0].perspectives?.length === 2);
    const sq = phoneQuestionOf(scenario, 0)!;
    const sm = resultMovesOf(sq, { questionId: sq.id, added: 'in-between' }, 1);
    let result = applyResult(scenario, undefined, { ...sm.moves[0] } as never);
    result = applyResult(scenario, result, sm.answered! as never);
    expect(result).toEqual({
      kind: 'scenario',
      counts: { [scenario.cards[0].id]: { 'in-between': 1 } },
      answered: { [scenario.cards[0].id]: 1 },
    });
    expect(activityResultSchema.parse(result)).toEqual(result);
  });

  it('the Sessions view and the Markdown export say how many answered from phones', () => {
    const scenario = first('scenario', (a) => a.cards[0].perspectives?.length === 2);
    const card = scenario.cards[0];
    expect(
      resultLines({ kind: 'scenario', counts: { [card.id]: { 'view-1': 2, 'in-between': 4 } }, answered: { [card.id]: 6 } }, scenario),
    ).toEqual([`${card.title} (6 answered from phones): ${scenarioResponsesOf(scenario, card)[0].label}: 2 · Somewhere in between: 4`]);
    const sort = first('card-sort');
    const [c] = sort.cards;
    const [a, b] = sort.categories;
    expect(resultLines({ kind: 'card-sort', placement: {}, votes: { [c.id]: { [a.id]: 3, [b.id]: 2 } }, answered: 5 }, sort)).toEqual([
      `${c.text}: ${a.label} 3 · ${b.label} 2`,
      'Answered from phones: 5',
    ]);
    expect(resultLines({ kind: 'poll', counts: { x: 1 } }, undefined)).toEqual(['x: 1']);
  });

  it('old results without phone counts still load', () => {
    for (const old of [
      { kind: 'poll', counts: { a: 2 } },
      { kind: 'card-sort', placement: { c1: 'x' } },
      { kind: 'spectrum', placements: { s1: new Array(11).fill(0) } },
    ])
      expect(activityResultSchema.parse(old)).toEqual(old);
  });
});
