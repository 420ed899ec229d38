import { describe, it, expect } from 'vitest';
import { handoutOptionsSchema, summaryOptionsSchema, HANDOUT_PARTS } from '../../../src-main/core/handout/handout-options';
import { worksheetsOf } from '../../../src-main/core/handout/worksheets';
import { handoutPackContent } from '../../../src-main/core/handout/handout-pack';
import { formatDateField, formatMinutes, minutesFromMs } from '../../../src-main/core/handout/format';
import { textBlocks } from '../../../src-main/core/handout/text-blocks';
import { fixtureWorkshop } from './fixtures';

describe('handout options', () => {
  it('fills in every default', () => {
    expect(handoutOptionsSchema.parse({})).toEqual({ parts: [...HANDOUT_PARTS], paper: 'a4', copies: 1 });
    expect(summaryOptionsSchema.parse({})).toEqual({ includeNotes: false, paper: 'a4' });
  });

  it('prints parts in a fixed order, once each', () => {
    const o = handoutOptionsSchema.parse({ parts: ['action-plan', 'cover', 'cover'] });
    expect(o.parts).toEqual(['cover', 'action-plan']);
  });

  it('rejects what a class set cannot be', () => {
    for (const copies of [0, 61, 2.5]) expect(handoutOptionsSchema.safeParse({ copies }).success).toBe(false);
    expect(handoutOptionsSchema.safeParse({ parts: [] }).success).toBe(false);
    expect(handoutOptionsSchema.safeParse({ paper: 'a5' }).success).toBe(false);
    expect(handoutOptionsSchema.safeParse({ colour: 'red' }).success).toBe(false);
  });

  it('treats a blank name or date as a line to fill in', () => {
    const o = handoutOptionsSchema.parse({ facilitatorName: '  ', date: '' });
    expect(o.facilitatorName).toBeUndefined();
    expect(o.date).toBeUndefined();
  });
});

describe('worksheets', () => {
  const sheets = worksheetsOf(fixtureWorkshop());

  it('makes one worksheet per activity with handout text, in agenda order', () => {
    expect(sheets.map((s) => s.activityId)).toEqual(['two-needs', 'sort', 'lean', 'stories', 'ask', 'reflect']);
    expect(sheets.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('carries every activity’s instructions and content note', () => {
    for (const s of sheets) expect(s.instructions.length).toBeGreaterThan(0);
    expect(sheets.find((s) => s.activityId === 'reflect')?.contentNote).toMatch(/pass/);
  });

  it('gives each kind its own writing space', () => {
    const kinds = (id: string) => sheets.find((s) => s.activityId === id)!.blocks.map((b) => b.kind);
    expect(kinds('stories')).toEqual(['text', 'scenario', 'lines']);
    expect(kinds('sort')).toEqual(['text', 'prompt', 'prompt']);
    expect(kinds('lean')).toEqual(['text', 'spectrum', 'prompt']);
    expect(kinds('reflect')).toEqual(['text', 'prompt', 'prompt']);
    expect(kinds('ask')).toEqual(['text', 'situation', 'prompt']);
    expect(kinds('two-needs')).toEqual(['text', 'lines']);
  });

  it('keeps the card sort’s answer key and the players’ role briefs off the participant’s sheet', () => {
    const w = fixtureWorkshop();
    const sort = sheets.find((s) => s.activityId === 'sort')!;
    expect(JSON.stringify(sort)).not.toMatch(/"category"|explanation|Choosing your own course/);
    const play = w.activities.find((a) => a.id === 'ask')!;
    const ask = JSON.stringify(sheets.find((s) => s.activityId === 'ask'));
    if (play.kind !== 'role-play') throw new Error('the fixture’s "ask" is a role play');
    for (const role of play.roles) expect(ask).not.toContain(role.brief);
  });

  it('prints a scenario card’s two points of view on the worksheet', () => {
    const card = sheets.find((s) => s.activityId === 'stories')!.blocks[1];
    expect(card).toMatchObject({ kind: 'scenario', title: 'The midnight party' });
    expect(card.kind === 'scenario' && card.perspectives.length).toBe(2);
  });

  it('gives boxes to tick where the handout says tick, and lines under each stem', () => {
    const w = fixtureWorkshop();
    const reflect = w.activities.find((a) => a.id === 'reflect')!;
    reflect.handout =
      'Whose voice?\n\nWrite three values. For each one, tick "I chose it", "Taken on" or "Both". Then tick "Keep" or "Change".';
    const tick = worksheetsOf(w)
      .find((s) => s.activityId === 'reflect')!
      .blocks.find((b) => b.kind === 'tick-rows');
    expect(tick).toMatchObject({
      groups: [
        ['I chose it', 'Taken on', 'Both'],
        ['Keep', 'Change'],
      ],
    });
    reflect.handout = 'Our agreement\n\nWe will give each other room by...\nWe will stay connected by...';
    const stems = worksheetsOf(w)
      .find((s) => s.activityId === 'reflect')!
      .blocks.filter((b) => b.kind === 'prompt');
    expect(stems.slice(0, 2).map((b) => b.kind === 'prompt' && [b.text, b.lines])).toEqual([
      ['We will give each other room by...', 2],
      ['We will stay connected by...', 2],
    ]);
  });

  it('takes the first line of a handout as its title', () => {
    const text = sheets.find((s) => s.activityId === 'two-needs')!.blocks[0];
    expect(text).toMatchObject({ kind: 'text', title: 'Two needs, one life' });
  });

  it('uses a handout’s numbered list as the wording of matching reflection prompts', () => {
    const w = fixtureWorkshop();
    const reflect = w.activities.find((a) => a.id === 'reflect')!;
    reflect.handout = 'My balance\n\nWrite a few words.\n\n1. More room, where?\n2. Closer to whom?';
    const sheet = worksheetsOf(w).find((s) => s.activityId === 'reflect')!;
    expect(sheet.blocks.filter((b) => b.kind === 'prompt').map((b) => (b.kind === 'prompt' ? b.text : ''))).toEqual([
      'More room, where?',
      'Closer to whom?',
    ]);
    expect(JSON.stringify(sheet.blocks[0])).not.toContain('More room');
  });
});

describe('pack content', () => {
  it('leaves the cover fields blank when no name or date is given', () => {
    const pack = handoutPackContent(fixtureWorkshop(), handoutOptionsSchema.parse({}));
    expect(pack.cover?.facilitatorName).toBeUndefined();
    expect(pack.cover?.date).toBeUndefined();
    expect(pack.keyIdeas?.comparison?.rows).toHaveLength(6);
    expect(pack.cover?.contentNote).toMatch(/You can pass/);
    expect(pack.support.fields.every((f) => f.value === undefined)).toBe(true);
  });

  it('prints the workshop’s own action plan and no second one', () => {
    const w = fixtureWorkshop();
    expect(handoutPackContent(w, handoutOptionsSchema.parse({})).actionPlan).toBeDefined();
    const reflect = w.activities.find((a) => a.id === 'reflect')!;
    reflect.title = 'My action plan';
    const pack = handoutPackContent(w, handoutOptionsSchema.parse({}));
    expect(pack.actionPlan).toBeUndefined();
    expect(pack.worksheets.filter((s) => s.isActionPlan)).toHaveLength(1);
  });

  it('holds only the parts asked for', () => {
    const pack = handoutPackContent(fixtureWorkshop(), handoutOptionsSchema.parse({ parts: ['worksheets'] }));
    expect(pack.cover).toBeUndefined();
    expect(pack.keyIdeas).toBeUndefined();
    expect(pack.actionPlan).toBeUndefined();
    expect(pack.worksheets.length).toBe(6);
  });
});

describe('formatting and text blocks', () => {
  it('writes dates and durations in words', () => {
    expect(formatDateField('2025-03-12')).toBe('12 March 2025');
    expect(formatDateField('next Tuesday')).toBe('next Tuesday');
    expect(formatMinutes(95)).toBe('1 h 35 min');
    expect(formatMinutes(45)).toBe('45 min');
    expect(minutesFromMs(89_999)).toBe(1);
  });

  it('reads paragraphs and lists', () => {
    expect(textBlocks('Intro line\n\n- one\n- two\n\n1. first\n2. second\nAfter')).toEqual([
      { kind: 'paragraph', text: 'Intro line' },
      { kind: 'list', ordered: false, items: ['one', 'two'] },
      { kind: 'list', ordered: true, items: ['first', 'second'] },
      { kind: 'paragraph', text: 'After' },
    ]);
  });
});
