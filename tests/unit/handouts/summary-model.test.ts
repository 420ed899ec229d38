import { describe, it, expect } from 'vitest';
import { sessionSummaryContent } from '../../../src-main/core/handout/session-summary';
import { summaryOptionsSchema } from '../../../src-main/core/handout/handout-options';
import { fixtureSession, fixtureWorkshop, SECRET_NOTE } from './fixtures';

const w = fixtureWorkshop();
const content = (includeNotes?: boolean) =>
  sessionSummaryContent(fixtureSession(w), w, summaryOptionsSchema.parse(includeNotes === undefined ? {} : { includeNotes }));

describe('session summary model', () => {
  it('lists the agenda with planned and rounded actual minutes', () => {
    const { agenda, plannedTotal, actualTotal } = content();
    expect(agenda.find((a) => a.activityId === 'welcome')).toMatchObject({ plannedMinutes: 10, actualMinutes: 11 });
    expect(agenda.find((a) => a.activityId === 'sort')).toMatchObject({ plannedMinutes: 15, actualMinutes: 20 });
    expect(agenda.find((a) => a.activityId === 'ask')?.actualMinutes).toBeNull();
    expect(plannedTotal).toBe(110);
    expect(actualTotal).toBe(93);
  });

  it('names the group, participants and date', () => {
    const c = content();
    expect(c).toMatchObject({ group: 'Year 10 parents, evening group', participants: 14, workshopTitle: w.title });
    expect(c.date).toMatch(/2025/);
  });

  it('turns results into labelled data', () => {
    const { results } = content();
    expect(results.map((r) => r.kind)).toEqual(['card-sort', 'spectrum', 'poll']);
    const poll = results.find((r) => r.kind === 'poll');
    expect(poll).toMatchObject({
      total: 14,
      options: [
        { label: 'Autonomy', count: 5 },
        { label: 'Attachment', count: 6 },
        { label: 'Both equally', count: 3 },
      ],
    });
    const sort = results.find((r) => r.kind === 'card-sort');
    expect(sort?.kind === 'card-sort' && sort.columns[1].cards).toEqual([
      { text: 'Calling a friend after bad news' },
      { text: 'Fixing the bike yourself', suggested: 'Autonomy' },
    ]);
    expect(sort?.kind === 'card-sort' && sort.unplaced).toEqual(['A hug at the end of a long day']);
    const spectrum = results.find((r) => r.kind === 'spectrum');
    expect(spectrum?.kind === 'spectrum' && spectrum.statements.map((s) => s.total)).toEqual([14, 14]);
  });

  it('leaves the notes out unless asked', () => {
    expect(content().notes).toBeUndefined();
    expect(JSON.stringify(content())).not.toContain(SECRET_NOTE);
    const notes = content(true).notes!;
    expect(notes.session).toContain(SECRET_NOTE);
    expect(notes.activities.map((a) => a.activityId)).toEqual(['sort']);
    expect(notes.captures.map((c) => c.activityTitle)).toEqual(['Card sort: which need is it?', undefined]);
  });
});
