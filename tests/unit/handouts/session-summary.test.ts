import { describe, it, expect, beforeAll } from 'vitest';
import { renderSessionSummary, writeSessionSummary } from '../../../src-main/services/handouts';
import type { HandoutResult } from '../../../src-main/services/handouts';
import { fixtureSession, fixtureWorkshop, SECRET_NOTE } from './fixtures';
import { fonts, info, poppler, squash, text } from './pdf-tools';

const workshop = fixtureWorkshop();
const session = fixtureSession(workshop);

describe('session summary', () => {
  let plain: HandoutResult;
  let withNotes: HandoutResult;
  beforeAll(async () => {
    plain = await renderSessionSummary(session, workshop);
    withNotes = await renderSessionSummary(session, workshop, { includeNotes: true });
  });

  it('names the workshop, date, group and participants', () => {
    const t = text(plain.pdf);
    expect(t).toContain(workshop.title);
    expect(t).toContain('12 March 2025');
    expect(t).toContain('Year 10 parents, evening group');
    expect(t).toMatch(/Participants\s+14/);
  });

  it('shows planned against actual minutes for every agenda item', () => {
    // -layout keeps each table row on one line of text.
    const t = text(plain.pdf, ['-layout']);
    expect(t).toMatch(/Card sort: which need is it\?\s+Card sort\s+15\s+20\s+\+5/);
    expect(t).toMatch(/Role play: asking for space\s+Role play\s+15\s+not run/);
    expect(t).toMatch(/Total\s+110\s+93\s+−17/);
  });

  it('draws the results as vector graphics with their labels and counts', () => {
    expect(poppler('pdfimages', plain.pdf, ['-list']).trim().split('\n')).toHaveLength(2);
    const t = squash(text(plain.pdf));
    for (const s of [
      'Autonomy5·36%',
      'Attachment6·43%',
      'Bothequally3·21%',
      '14votesinall',
      'Recoveringafterahardday',
      'Notplaced',
      'Key:Autonomy',
    ]) {
      expect(t).toContain(s);
    }
    const tree = poppler('pdfinfo', plain.pdf, ['-struct']);
    expect(tree.match(/^\s*Figure\b/gm)?.length).toBe(3);
  });

  it('leaves facilitator notes out by default', () => {
    const t = text(plain.pdf);
    expect(t).not.toContain('Facilitator notes');
    expect(squash(t)).not.toContain(squash(SECRET_NOTE));
    expect(t).not.toContain('Two people asked for the answer key');
    expect(t).not.toContain('long debate');
  });

  it('includes session notes, activity notes and quick captures when asked', () => {
    const t = squash(text(withNotes.pdf));
    expect(t).toContain('Facilitatornotes');
    expect(t).toContain(squash(SECRET_NOTE));
    expect(t).toContain(squash('The card about fixing the bike started a long debate'));
    expect(t).toContain(squash('Two people asked for the answer key.'));
  });

  it('is tagged, titled, in English, with fonts embedded', () => {
    const i = info(withNotes.pdf);
    expect(i.Tagged).toBe('yes');
    expect(i.Title).toBe(`${workshop.title}: session summary, 12 March 2025`);
    expect(withNotes.pdf.toString('latin1')).toMatch(/\/Lang \(en\)/);
    for (const f of fonts(withNotes.pdf)) expect(f.emb).toBe('yes');
    expect(Number(i.Pages)).toBe(withNotes.pageCount);
  });

  it('prints on Letter and survives a session with no results, notes or time', async () => {
    const bare = { ...session, results: {}, spentMs: {}, notes: { session: '', activities: {}, captures: [] }, group: '' };
    const pdf = await writeSessionSummary(bare, workshop, { includeNotes: true, paper: 'letter' });
    expect(info(pdf)['Page size']).toMatch(/612 x 792/);
    expect(text(pdf)).toContain('No notes were taken in this session.');
  });
});
