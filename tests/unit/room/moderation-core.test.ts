import { describe, expect, it } from 'vitest';
import { bannedWordIn, foldText, parseBannedWords } from '../../../src-main/core/room/banned-words';
import { MAX_WAITING_PER_PHONE, TextQueue, type Dice } from '../../../src-main/core/room/moderation';
import { roomTextsSchema } from '../../../src-main/core/session/room-texts';
import { sessionSchema } from '../../../src-main/core/session/session-schema';

/** Dice that roll the given shuffle keys in turn, with ids that are not in arrival order. */
function dice(shuffles: number[] = []): Dice {
  let n = 0;
  let s = 0;
  return { id: () => `t${(n++ * 7919) % 10007}x`, shuffle: () => shuffles[s++] ?? 0.5 };
}

const question = (text: string, nickname?: string) => ({ kind: 'question' as const, text, ...(nickname ? { nickname } : {}) });

describe('banned words', () => {
  it('match whole words, whatever the case and accents', () => {
    const list = ['Jose', 'idiot'];
    expect(bannedWordIn('Ask JOSÉ about it', list)).toBe('Jose');
    expect(bannedWordIn('josé!', list)).toBe('Jose');
    expect(bannedWordIn('Idiot.', list)).toBe('idiot');
    expect(bannedWordIn('idiotic ideas', list)).toBeNull();
    expect(bannedWordIn('Joseph said so', list)).toBeNull();
  });
  it('an accented entry matches the plain spelling too, and a phrase matches only as the same words in a row', () => {
    expect(bannedWordIn('I met Eve today', ['Ève'])).toBe('Ève');
    expect(bannedWordIn('Mr  Smith came', ['mr smith'])).toBe('mr smith');
    expect(bannedWordIn('Smith, Mr', ['mr smith'])).toBeNull();
    expect(bannedWordIn('Die Straße', ['strasse'])).toBe('strasse');
    // Invisible characters do not slip a word past the list.
    expect(bannedWordIn('Ask Jo\u200Bs\u00E9 now', ['jose'])).toBe('jose');
    expect(bannedWordIn('Ask Jose\u0301 now', ['jose'])).toBe('jose');
  });
  it('an empty list holds nothing back', () => {
    expect(bannedWordIn('anything at all', [])).toBeNull();
    expect(parseBannedWords('')).toEqual([]);
  });
  it('the typed list is cleaned: one per line or comma, trimmed, repeats dropped', () => {
    expect(parseBannedWords(' Jose ,\n\njosé\nMr   Smith; x ')).toEqual(['Jose', 'Mr Smith', 'x']);
    expect(foldText('ÉCOLE Ångström')).toBe('ecole angstrom');
  });
});

describe('moderation', () => {
  it('a text waits until approved; only approved texts are listed for the room', () => {
    const q = new TextQueue(dice());
    const held = q.submit('phone-a', question('  Can we talk about siblings?  '), []);
    expect(held).toMatchObject({ text: 'Can we talk about siblings?', held: null });
    expect(q.questions()).toEqual([]);
    expect(q.waiting()).toHaveLength(1);
    expect(q.moderate((held as { id: string }).id, { action: 'approve' })).toBe('done');
    expect(q.questions().map((x) => x.text)).toEqual(['Can we talk about siblings?']);
    expect(q.waiting()).toEqual([]);
  });

  it('keeps line breaks and drops control and invisible characters', () => {
    expect(new TextQueue(dice()).submit('p', question(' a\u0000b\u200B\r\nc\u202E '), [])).toMatchObject({ text: 'ab\nc' });
  });

  it('an edit replaces the text everywhere: the original is nowhere after', () => {
    const q = new TextQueue(dice());
    const { id } = q.submit('p', question('Why did Maria cry?'), []) as { id: string };
    q.moderate(id, { action: 'edit', text: 'Why did someone cry?' });
    expect(JSON.stringify([q.questions(), q.waiting(), q.kept(), q.responses()])).not.toContain('Maria');
    expect(q.questions()[0].text).toBe('Why did someone cry?');
    expect(q.moderate(id, { action: 'edit', text: '   ' })).toBe('empty');
  });

  it('a hidden text is gone: not listed, not kept, not voted on', () => {
    const q = new TextQueue(dice());
    const { id } = q.submit('p', question('secret'), []) as { id: string };
    expect(q.moderate(id, { action: 'hide' })).toBe('done');
    expect(q.waiting()).toEqual([]);
    expect(JSON.stringify(q.kept())).not.toContain('secret');
    expect(q.upvote('p', id)).toBe('not-found');
    expect(q.moderate(id, { action: 'approve' })).toBe('not-found');
  });

  it('a banned word marks the text held; it is never approved by itself', () => {
    const q = new TextQueue(dice());
    const t = q.submit('p', question('Ask JOSÉ'), ['jose']) as { id: string; held: string };
    expect(t.held).toBe('banned-word');
    expect(q.questions()).toEqual([]);
    q.moderate(t.id, { action: 'approve' });
    expect(q.questions()).toHaveLength(1);
    // A nickname with a banned word holds the text too.
    expect(q.submit('p', question('fine', 'Jose'), ['jose'])).toMatchObject({ held: 'banned-word' });
  });

  it('a phone may have only a few texts waiting; empty texts are refused', () => {
    const q = new TextQueue(dice());
    for (let i = 0; i < MAX_WAITING_PER_PHONE; i++) expect(q.submit('p', question(`q${i}`), [])).not.toHaveProperty('refused');
    expect(q.submit('p', question('one more'), [])).toMatchObject({ refused: 'too-many-waiting' });
    expect(q.submit('other', question('mine'), [])).not.toHaveProperty('refused');
    expect(q.waitingFrom('p')).toBe(MAX_WAITING_PER_PHONE);
    q.moderate(q.waiting()[0].id, { action: 'hide' });
    expect(q.submit('p', question('now it fits'), [])).not.toHaveProperty('refused');
    expect(q.submit('x', question(' \n '), [])).toMatchObject({ refused: 'empty' });
  });

  it('a phone upvotes an approved question once; a second vote is a no-op', () => {
    const q = new TextQueue(dice());
    const { id } = q.submit('writer', question('Is it normal?'), []) as { id: string };
    expect(q.upvote('p1', id)).toBe('not-found');
    q.moderate(id, { action: 'approve' });
    expect(q.upvote('p1', id)).toBe('counted');
    expect(q.upvote('p1', id)).toBe('already');
    expect(q.upvote('p2', id)).toBe('counted');
    expect(q.questions()[0].votes).toBe(2);
    expect(q.votedBy('p1', id)).toBe(true);
    expect(q.votedBy('p3', id)).toBe(false);
  });

  it('orders questions by votes, then by the random key fixed on arrival, never by time', () => {
    // Arrival order a, b, c, d; shuffle keys put d first and a last among equal votes.
    const q = new TextQueue(dice([0.9, 0.5, 0.3, 0.1]));
    const ids = ['a', 'b', 'c', 'd'].map((t) => (q.submit(`p-${t}`, question(t), []) as { id: string }).id);
    // Approved in another order again: approval order does not count either.
    for (const id of [...ids].reverse()) q.moderate(id, { action: 'approve' });
    expect(q.questions().map((x) => x.text)).toEqual(['d', 'c', 'b', 'a']);
    q.upvote('v', ids[1]);
    expect(q.questions().map((x) => x.text)).toEqual(['b', 'd', 'c', 'a']);
    // Stable: asking again gives the same order.
    expect(q.questions().map((x) => x.text)).toEqual(['b', 'd', 'c', 'a']);
    // Ids do not rise with arrival.
    expect([...ids].sort()).not.toEqual(ids);
  });

  it('responses are grouped by card, with their card titles', () => {
    const q = new TextQueue(dice());
    const r = (cardId: string, cardTitle: string, text: string) =>
      q.submit('p' + text, { kind: 'response', activityId: 'act', cardId, cardTitle, text }, []) as { id: string };
    for (const t of [r('c2', 'Zoe moves out', 'one'), r('c1', 'A new job', 'two'), r('c2', 'Zoe moves out', 'three')])
      q.moderate(t.id, { action: 'approve' });
    const groups = q.responses();
    expect(groups.map((g) => g.cardTitle)).toEqual(['A new job', 'Zoe moves out']);
    expect(groups[1].responses.map((x) => x.text).sort()).toEqual(['one', 'three']);
  });

  it('keeps approved texts and votes only: no id, phone, time or held text', () => {
    const q = new TextQueue(dice());
    const a = q.submit('phone-key-123', question('kept one', 'Sam'), []) as { id: string };
    q.submit('phone-key-123', question('still waiting'), []);
    const b = q.submit('phone-key-456', question('hidden one'), []) as { id: string };
    const c = q.submit('phone-key-456', { kind: 'response', activityId: 'act', cardId: 'card-1', cardTitle: 'Card', text: 'resp' }, []);
    q.moderate(a.id, { action: 'approve' });
    q.moderate(b.id, { action: 'hide' });
    q.moderate((c as { id: string }).id, { action: 'approve' });
    q.upvote('v', a.id);
    const kept = q.kept();
    expect(kept).toEqual({
      questions: [{ text: 'kept one', nickname: 'Sam', votes: 1 }],
      responses: { act: [{ cardId: 'card-1', cardTitle: 'Card', text: 'resp' }] },
    });
    expect(roomTextsSchema.parse(kept)).toEqual(kept);
    const json = JSON.stringify(kept);
    for (const gone of ['phone-key', 'still waiting', 'hidden one', a.id, '"at"', 'shuffle']) expect(json).not.toContain(gone);
  });

  it('restores kept texts with their votes; old voters are unknown, so a phone can vote again once', () => {
    const q = new TextQueue(dice());
    q.restore({ questions: [{ text: 'from file', votes: 3 }], responses: { act: [{ cardId: 'c', cardTitle: 'T', text: 'r' }] } });
    const [restored] = q.questions();
    expect(restored.votes).toBe(3);
    expect(q.upvote('p', restored.id)).toBe('counted');
    expect(q.upvote('p', restored.id)).toBe('already');
    expect(q.questions()[0].votes).toBe(4);
    expect(q.responses()[0].responses[0].text).toBe('r');
    q.clear();
    expect(q.questions()).toEqual([]);
  });

  it('the session file accepts kept texts and refuses anything more', () => {
    const kept = { questions: [{ text: 'q', votes: 0 }], responses: {} };
    expect(roomTextsSchema.safeParse(kept).success).toBe(true);
    expect(roomTextsSchema.safeParse({ ...kept, questions: [{ text: 'q', votes: 0, at: '2026-01-01T00:00:00Z' }] }).success).toBe(false);
    expect(roomTextsSchema.safeParse({ ...kept, questions: [{ text: 'q', votes: 0, phone: 'abc' }] }).success).toBe(false);
    expect(roomTextsSchema.safeParse({ ...kept, questions: [{ text: 'x'.repeat(281), votes: 0 }] }).success).toBe(false);
    expect(sessionSchema.shape.roomTexts).toBeDefined();
  });
});
