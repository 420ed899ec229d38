import { describe, expect, it } from 'vitest';
import { browseActivities, browseCards, words } from '../../../src-main/core/editor/browse';
import { bank, builtIn } from './fixtures';

const sources = ['essentials', 'at-work', 'across-cultures'].map((id) => ({ workshop: builtIn(id), builtIn: true }));
const banks = [bank('culture'), bank('workplace')];

describe('activity browser', () => {
  it('lists every activity of every workshop without filters', () => {
    const all = browseActivities(sources, {});
    expect(all).toHaveLength(sources.reduce((n, s) => n + s.workshop.activities.length, 0));
    expect(all[0]).toMatchObject({ workshopId: 'essentials', builtIn: true });
  });

  it('filters by section, kind and length', () => {
    expect(browseActivities(sources, { section: 'workplace' }).every((a) => a.section === 'workplace')).toBe(true);
    const polls = browseActivities(sources, { kind: 'poll' });
    expect(polls.length).toBeGreaterThan(0);
    expect(polls.every((a) => a.kind === 'poll')).toBe(true);
    const short = browseActivities(sources, { maxMinutes: 5 });
    expect(short.every((a) => a.minutes <= 5)).toBe(true);
    const long = browseActivities(sources, { minMinutes: 15 });
    expect(long.every((a) => a.minutes >= 15)).toBe(true);
    expect(short.length + long.length).toBeLessThan(browseActivities(sources, {}).length);
  });

  it("searches all of an activity's text, ignoring case, accents and punctuation", () => {
    const hits = browseActivities(sources, { text: 'GROUND rules' });
    expect(hits.map((h) => h.activityId)).toContain('ground-rules');
    // words deep in the script count too
    const say = builtIn('essentials').activities[0].script.say.split(' ').slice(3, 5).join(' ');
    expect(browseActivities(sources, { text: say }).some((h) => h.activityId === 'ground-rules')).toBe(true);
    expect(browseActivities(sources, { text: 'zzzz-nothing' })).toEqual([]);
    expect(words('Café, role-play!')).toEqual(['cafe', 'role', 'play']);
  });

  it('lists bank cards by section and text', () => {
    expect(browseCards(banks, {})).toHaveLength(banks[0].cards.length + banks[1].cards.length);
    expect(browseCards(banks, { section: 'culture' }).every((c) => c.bankId === 'culture')).toBe(true);
    const card = banks[1].cards[2];
    expect(browseCards(banks, { text: card.title }).map((c) => c.cardId)).toContain(card.id);
  });
});
