import { describe, expect, it } from 'vitest';
import { notesMarkdown, inline } from '../../../src-main/core/session/notes-markdown';
import { resultLines, sessionRecord } from '../../../src-main/core/session/session-record';
import type { Activity } from '../../../src-main/core/workshop/activity-schema';
import { sampleSession } from '../store/helpers';

const session = sampleSession(undefined, {
  group: 'Year 10 *parents*',
  spentMs: { welcome: 600_000 },
  notes: {
    session: 'Quiet start.\n\n- two left early\n- lots of questions',
    activities: { pairs: 'Pairs worked well.' },
    captures: [
      { id: 'c-0001-aaaa', at: '2025-03-12T10:05:00.000Z', activityId: 'pairs', text: 'Letting go is the hard part' },
      { id: 'c-0002-aaaa', at: '2025-03-12T10:30:00.000Z', text: 'Ask about the next date' },
    ],
  },
  results: { pairs: { kind: 'poll', counts: { yes: 7, no: 2 } } },
});

const poll = {
  id: 'pairs',
  kind: 'poll',
  options: [
    { id: 'yes', label: 'Mostly yes' },
    { id: 'no', label: 'Not really' },
  ],
} as unknown as Activity;

describe('notes as Markdown', () => {
  it('holds the session notes, each activity with notes, captures and results, and loose captures', () => {
    const md = notesMarkdown(sessionRecord(session, [poll]), '2025-03-12T12:00:00.000Z');
    expect(md).toMatch(/^# Essentials\n/);
    expect(md).toContain('- Group: Year 10 \\*parents\\*');
    expect(md).toContain('## Session notes\n\nQuiet start.\n\n- two left early\n- lots of questions\n');
    expect(md).toContain('## 2. Talk in pairs (20 min planned)\n\nPairs worked well.');
    expect(md).toMatch(/Quick captures:\n\n- \d\d:\d\d: Letting go is the hard part/);
    expect(md).toContain('Results:\n\n- Mostly yes: 7\n- Not really: 2');
    expect(md).toMatch(/## Quick captures\n\n- \d\d:\d\d: Ask about the next date/);
    // The welcome activity had no notes: no empty heading.
    expect(md).not.toContain('Welcome');
  });

  it('shows result ids when the workshop is gone', () => {
    const record = sessionRecord(session, undefined);
    expect(record.workshopFound).toBe(false);
    expect(record.activities[1].results).toEqual(['yes: 7', 'no: 2']);
  });

  it('speaks the interface language around the notes: Spanish and Arabic headings, counts and spectrum lines', () => {
    const es = notesMarkdown(sessionRecord(session, [poll], 'es'), '2025-03-12T12:00:00.000Z', 'es');
    expect(es).toContain('- Grupo: Year 10 \\*parents\\*');
    expect(es).toContain('## Notas de la sesión');
    expect(es).toContain('## 2. Talk in pairs (20 min previstos)');
    expect(es).toContain('Resultados:\n\n- Mostly yes: 7');
    expect(es).toMatch(/Exportado desde Secure Base el /);
    const ar = notesMarkdown(sessionRecord(session, [poll], 'ar'), '2025-03-12T12:00:00.000Z', 'ar');
    expect(ar).toContain('## ملاحظات الجلسة');
    expect(ar).toContain('النتائج:');
    const spectrum = { kind: 'spectrum' as const, placements: { s1: [1, 1, 0] }, answered: { s1: 2 } };
    expect(resultLines(spectrum, undefined, 'ar')[0]).toContain('شخصان، 2 أجابوا من الهواتف');
    expect(resultLines(spectrum, undefined, 'en')[0]).toBe('s1 (left → right, 2 people, 2 answered from phones): 1 · 1 · 0');
  });

  it('escapes what would turn a name into Markdown', () => {
    expect(inline('# Team [A] <b>')).toBe('\\# Team \\[A\\] \\<b\\>');
  });
});
