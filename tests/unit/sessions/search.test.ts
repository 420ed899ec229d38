import { describe, expect, it } from 'vitest';
import { matchRanges, searchSession, searchTerms, snippetOf, NOTES_PER_SESSION } from '../../../src-main/core/session/search';
import { sampleSession } from '../store/helpers';

const marked = (segments: { text: string; match: boolean }[]) => segments.map((s) => (s.match ? `[${s.text}]` : s.text)).join('');

describe('search terms', () => {
  it('folds case and accents and drops repeats', () => {
    expect(searchTerms('  Résumé  RESUME naïve ')).toEqual(['resume', 'naive']);
  });
});

describe('match ranges', () => {
  it('finds every occurrence, ignoring case, and merges overlaps', () => {
    const text = 'Trust builds trust; TRUSTED adults.';
    expect(matchRanges(text, ['trust']).map(([a, b]) => text.slice(a, b))).toEqual(['Trust', 'trust', 'TRUST']);
    expect(matchRanges('abcd', ['abc', 'bcd'])).toEqual([[0, 4]]);
  });

  it('maps accented and astral text back to the original characters', () => {
    const text = 'Le café était 😊 très CALME';
    const ranges = matchRanges(text, ['cafe', 'tres', 'calme']);
    expect(ranges.map(([a, b]) => text.slice(a, b))).toEqual(['café', 'très', 'CALME']);
  });
});

describe('snippets', () => {
  it('cuts long text around the first match, marking matches, with ellipses', () => {
    const text = `${'word '.repeat(60)}the quiet father spoke ${'more '.repeat(80)}`;
    const snippet = snippetOf(text, matchRanges(text, ['quiet']));
    expect(snippet[0]).toEqual({ text: '…', match: false });
    expect(snippet.at(-1)).toEqual({ text: '…', match: false });
    expect(marked(snippet)).toContain('the [quiet] father');
  });
});

describe('searching a session', () => {
  const session = sampleSession(undefined, {
    notes: {
      session: 'Group was quiet at first.',
      activities: { pairs: 'Warmed up in pairs; lots of laughter.' },
      captures: [{ id: 'c-0001-aaaa', at: '2025-03-12T10:05:00.000Z', activityId: 'pairs', text: '"I never thought of it as trust"' }],
    },
  });

  it('needs every word somewhere in the session, and lists each note that has one', () => {
    const match = searchSession(session, searchTerms('quiet trust'));
    expect(match?.matches.map((m) => m.where)).toEqual(['session', 'capture']);
    expect(match?.matches[1]).toMatchObject({ activityId: 'pairs', activityTitle: 'Talk in pairs', at: '2025-03-12T10:05:00.000Z' });
    expect(marked(match!.matches[1].snippet)).toBe('"I never thought of it as [trust]"');
    expect(searchSession(session, searchTerms('quiet missing'))).toBeNull();
  });

  it('lists a few notes per session and counts the rest', () => {
    const busy = sampleSession(undefined, {
      notes: {
        session: 'hope',
        activities: Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`a-${i}`, `hope ${i}`])),
        captures: [],
      },
    });
    const match = searchSession(busy, ['hope']);
    expect(match?.matches).toHaveLength(NOTES_PER_SESSION);
    expect(match?.moreNotes).toBe(10 - NOTES_PER_SESSION);
  });
});
