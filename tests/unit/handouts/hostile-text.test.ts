import { describe, it, expect, beforeAll } from 'vitest';
import { renderHandoutPack, renderSessionSummary, PLACEHOLDER } from '../../../src-main/services/handouts';
import type { HandoutResult } from '../../../src-main/services/handouts';
import { fixtureSession, fixtureWorkshop } from './fixtures';
import { codePoints, info, poppler, squash, text } from './pdf-tools';

const LONG_WORD = 'Selbstständigkeitsbindungsverhältnis'.repeat(9).slice(0, 300);
const URL =
  'https://example.org/secure-base/handouts/autonomy-and-attachment/a-very-long-path/that-keeps-going?session=s-fixture-0001&page=3';
const SAMPLES = {
  greek: 'Καλημέρα σε όλους: αυτονομία και δεσμός',
  cyrillic: 'Привет всем: автономия и привязанность',
  chinese: '自主与依恋：安全基地让探索更容易。',
  japanese: 'こんにちは、ワークショップへようこそ',
  korean: '안녕하세요 자율성과 애착',
  hebrew: 'שלום לכולם, אוטונומיה והתקשרות',
  arabic: 'الاستقلالية والتعلق',
  emoji: '😀 👍🏽 🌱 🤝 🎉 ❤️',
};
const MIXED = Object.values(SAMPLES).join(' · ');
const ltr = [SAMPLES.greek, SAMPLES.cyrillic, SAMPLES.chinese, SAMPLES.japanese, SAMPLES.korean];
const rtlAndEmoji = [SAMPLES.hebrew, SAMPLES.arabic, SAMPLES.emoji];
// Joiners and variation selectors are invisible: a font that lacks them still shows everything.
const visible = (s: string) => new Set([...codePoints(s)].filter((cp) => cp !== 0x200d && (cp < 0xfe00 || cp > 0xfe0f)));

/** A facilitator's 5,000-character note: real sentences, every script, a long word and a URL. */
function longNote(): string {
  const parts = [MIXED, LONG_WORD, URL];
  let note = '';
  let i = 0;
  while (note.length < 5000) {
    note += `Observation ${i}: the group moved between wanting room and wanting closeness. ${i % 7 === 0 ? parts[i % 3] : ''}\n`;
    if (i % 9 === 8) note += '\n';
    i++;
  }
  return note.slice(0, 5000);
}

function expectAllPresent(extracted: string): void {
  for (const s of ltr) expect(squash(extracted), s).toContain(squash(s));
  const found = codePoints(extracted);
  for (const s of rtlAndEmoji) {
    const missing = [...visible(s)].filter((cp) => !found.has(cp)).map((cp) => String.fromCodePoint(cp));
    expect(missing, s).toEqual([]);
  }
  expect(squash(extracted)).toContain(squash(LONG_WORD));
  expect(squash(extracted)).toContain(squash(URL));
}

/** Every word's box lies inside the page's side margins and above its bottom edge. */
function expectInsidePages(pdf: Buffer): void {
  const html = poppler('pdftotext', pdf, ['-bbox']);
  const [, w, h] = /<page width="([\d.]+)" height="([\d.]+)"/.exec(html)!.map(Number);
  for (const m of html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">/g)) {
    const [xMin, , xMax, yMax] = m.slice(1).map(Number);
    expect(xMin).toBeGreaterThanOrEqual(53);
    expect(xMax).toBeLessThanOrEqual(w - 53);
    expect(yMax).toBeLessThanOrEqual(h - 20);
  }
}

describe('hostile text in a session summary', () => {
  let summary: HandoutResult;
  const note = longNote();
  beforeAll(async () => {
    const w = fixtureWorkshop();
    const session = fixtureSession(w, {
      session: note,
      activities: { sort: `${LONG_WORD} ${MIXED}` },
      captures: [{ id: 'c-hostile-01', at: '2025-03-12T10:00:00.000Z', activityId: 'lean', text: MIXED }],
    });
    summary = await renderSessionSummary({ ...session, group: `Gruppe ${SAMPLES.greek} ${SAMPLES.emoji}` }, w, { includeNotes: true });
  });

  it('exports without losing a character', () => {
    expect(summary.missingCharacters).toEqual([]);
    const extracted = text(summary.pdf);
    expectAllPresent(extracted);
    // Every sentence of the long note is there, however the lines broke.
    for (const line of note.split('\n').filter((l) => l.startsWith('Observation'))) {
      expect(squash(extracted)).toContain(squash(line.split(':')[0]));
    }
  });

  it('keeps the long note, long word and URL inside the margins', () => {
    expect(summary.pageCount).toBeGreaterThan(2);
    expect(Number(info(summary.pdf).Pages)).toBe(summary.pageCount);
    expectInsidePages(summary.pdf);
  });

  it('embeds a fallback font for each script instead of dropping glyphs', () => {
    const names = poppler('pdffonts', summary.pdf);
    for (const f of ['NotoSans-Regular', 'NotoSansSC', 'NotoSansKR', 'NotoSansHebrew', 'NotoSansArabic', 'NotoEmoji'])
      expect(names).toContain(f);
  });
});

describe('hostile text in a handout pack', () => {
  it('prints every script in titles, instructions and handout text', async () => {
    const w = fixtureWorkshop({
      title: `Autonomy ${SAMPLES.emoji}`,
      instructions: `${MIXED} ${LONG_WORD} ${URL}`,
      // The pack prints the handout text (the spoken instructions go to the facilitator guide).
      handout: `${SAMPLES.hebrew}\n\n${MIXED}\n\n${LONG_WORD} ${URL}\n\n${'Long text. '.repeat(300)}`,
    });
    const r = await renderHandoutPack(w, { paper: 'letter', facilitatorName: SAMPLES.korean });
    expect(r.missingCharacters).toEqual([]);
    expectAllPresent(text(r.pdf));
    expectInsidePages(r.pdf);
  });

  it('shows a character no font has as a visible placeholder and reports it', async () => {
    const w = fixtureWorkshop({ handout: 'Odd characters\n\nPrivate use \u{10FFFD} and a control \u0007 character.' });
    const r = await renderHandoutPack(w, { parts: ['worksheets'] });
    expect(r.missingCharacters).toEqual([
      expect.objectContaining({ codePoint: 'U+10FFFD', count: 1 }),
      expect.objectContaining({ codePoint: 'U+0007', count: 1 }),
    ]);
    expect(text(r.pdf)).toContain(`Private use ${PLACEHOLDER} and a control ${PLACEHOLDER} character.`);
  });
});
