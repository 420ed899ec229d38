// The room's approved texts reach the Sessions view's record, the Markdown export and the summary PDF.
import { describe, expect, it } from 'vitest';
import { notesMarkdown } from '../../../src-main/core/session/notes-markdown';
import { sessionRecord } from '../../../src-main/core/session/session-record';
import { sessionSummaryContent } from '../../../src-main/core/handout/session-summary';
import { summaryOptionsSchema } from '../../../src-main/core/handout/handout-options';
import { writeSessionSummary } from '../../../src-main/services/handouts';
import { sampleSession } from '../store/helpers';
import { fixtureSession, fixtureWorkshop } from '../handouts/fixtures';
import { squash, text } from '../handouts/pdf-tools';
import type { RoomTexts } from '../../../src-main/core/session/room-texts';

const roomTexts: RoomTexts = {
  questions: [
    { text: 'Is it normal to miss home?', votes: 3 },
    { text: 'Can we talk about *siblings*?', nickname: 'Sam', votes: 1 },
  ],
  responses: { pairs: [{ cardId: 'party', cardTitle: 'The party', text: 'She could ask her dad.' }] },
};

describe('approved texts in the record and the Markdown export', () => {
  it('lists the questions with votes, and each activity its responses by card', () => {
    const record = sessionRecord(sampleSession(undefined, { roomTexts }), undefined);
    expect(record.questions).toEqual(['Is it normal to miss home? · 3 votes', 'Can we talk about *siblings*? (Sam) · 1 vote']);
    expect(record.activities.find((a) => a.activityId === 'pairs')?.responses).toEqual(['The party: She could ask her dad.']);
    const md = notesMarkdown(record, '2025-03-12T12:00:00.000Z');
    expect(md).toContain(
      '## Questions from the room\n\n- Is it normal to miss home? · 3 votes\n- Can we talk about \\*siblings\\*? (Sam) · 1 vote',
    );
    expect(md).toContain('Written responses:\n\n- The party: She could ask her dad.');
  });

  it('a session without texts has none, and no heading for them', () => {
    const record = sessionRecord(sampleSession(), undefined);
    expect(record.questions).toEqual([]);
    expect(notesMarkdown(record, '2025-03-12T12:00:00.000Z')).not.toContain('Questions from the room');
  });
});

describe('approved texts in the summary PDF', () => {
  it('prints the questions and the responses under their card', async () => {
    const workshop = fixtureWorkshop();
    const scenario = workshop.activities.find((a) => a.kind === 'scenario')!;
    const session = {
      ...fixtureSession(workshop),
      roomTexts: { ...roomTexts, responses: { [scenario.id]: roomTexts.responses.pairs } },
    };
    const content = sessionSummaryContent(session, workshop, summaryOptionsSchema.parse({}));
    expect(content.roomTexts.responses).toEqual([
      { title: expect.any(String), cards: [{ title: 'The party', texts: ['She could ask her dad.'] }] },
    ]);
    const t = squash(text(await writeSessionSummary(session, workshop, { paper: 'a4' })));
    for (const words of ['From the room’s phones', 'Is it normal to miss home? · 3 votes', 'The party', 'She could ask her dad.'])
      expect(t).toContain(squash(words));
  });
});
