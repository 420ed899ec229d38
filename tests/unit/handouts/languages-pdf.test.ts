import { describe, it, expect, beforeAll } from 'vitest';
import { renderHandoutPack, type HandoutResult } from '../../../src-main/services/handouts';
import { Composer } from '../../../src-main/services/handouts/layout/composer';
import { MissingCharacters } from '../../../src-main/services/handouts/fonts/glyph-coverage';
import { pageGeometry, TYPE } from '../../../src-main/services/handouts/layout/theme';
import { dataTable } from '../../../src-main/services/handouts/layout/data-table';
import { groundRulesOf } from '../../../src-main/core/handout/ground-rules';
import { comparisonTableFor } from '../../../src-main/core/workshop/comparison-table';
import { builtInWorkshops } from './built-in';
import { fonts, lettersOf, squash, text } from './pdf-tools';

const workshop = (id: string) => builtInWorkshops().find((w) => w.id === id)!;
const SUPPORT = { contact: 'Orientadora del centro, despacho 3', helpline: '024', website: 'apoyo.example.org' };

describe('a Spanish and an Arabic Essentials pack', () => {
  const packs: Record<string, HandoutResult> = {};
  beforeAll(async () => {
    for (const id of ['essentials-es', 'essentials-ar'])
      packs[id] = await renderHandoutPack(workshop(id), { paper: 'a4', support: SUPPORT });
  });

  it('says its language in the PDF and embeds every font it uses, with no character missing', () => {
    for (const [id, lang] of [
      ['essentials-es', 'es'],
      ['essentials-ar', 'ar'],
    ]) {
      expect(packs[id].pdf.toString('latin1'), id).toContain(`/Lang (${lang})`);
      const used = fonts(packs[id].pdf);
      expect(used.length, id).toBeGreaterThan(0);
      for (const f of used) expect(f.emb, `${id}: ${f.name}`).toBe('yes');
      expect(packs[id].missingCharacters, id).toEqual([]);
    }
    expect(
      fonts(packs['essentials-ar'].pdf)
        .map((f) => f.name)
        .join(' '),
    ).toMatch(/NotoSansArabic/);
  });

  it('Spanish: pdftotext reads the ground rules, the key ideas and the table back as written', () => {
    const w = workshop('essentials-es');
    const all = squash(text(packs['essentials-es'].pdf));
    for (const rule of groundRulesOf(w)) expect(all).toContain(squash(rule));
    for (const idea of w.keyIdeas ?? []) expect(all).toContain(squash(idea.text));
    for (const row of comparisonTableFor('es').rows) for (const cell of Object.values(row)) expect(all).toContain(squash(cell));
  });

  it('Arabic: pdftotext reads the ground rules, the key ideas and the table back in reading order', () => {
    const w = workshop('essentials-ar');
    // Letters and digits in order: poppler moves neutral punctuation between right-to-left words.
    const all = lettersOf(text(packs['essentials-ar'].pdf));
    for (const rule of groundRulesOf(w)) expect(all).toContain(lettersOf(rule));
    for (const idea of w.keyIdeas ?? []) expect(all).toContain(lettersOf(idea.text));
    for (const row of comparisonTableFor('ar').rows) for (const cell of Object.values(row)) expect(all).toContain(lettersOf(cell));
    // Whole sentences with their spaces, as pdftotext lays the first rule out.
    const plainText = text(packs['essentials-ar'].pdf).replace(/\s+/g, ' ');
    expect(plainText).toContain('ما نسمعه عن الآخرين يبقى في هذه القاعة');
    expect(plainText).toContain('وسأتحدث أولًا مع ذلك الشخص على انفراد عن طرق الحصول على المساعدة.');
  });

  it('Arabic: paragraphs are laid out from the right', () => {
    const page = pageGeometry('a4');
    const composer = new Composer(page, new MissingCharacters());
    const rule = groundRulesOf(workshop('essentials-ar')).reduce((a, b) => (b.length > a.length ? b : a));
    const slices = composer.lines(null, rule, TYPE.body, composer.width);
    expect(slices.length).toBeGreaterThan(1);
    const paints = slices.flatMap((s) => s.marks.flatMap((m) => m.paints));
    const last = slices.at(-1)!.marks.flatMap((m) => m.paints);
    // Every line ends at the right margin; the short last line leaves its gap on the left.
    expect(Math.min(...last.map((p) => ('x' in p ? p.x : 0)))).toBeGreaterThan(composer.width / 4);
    expect(paints.every((p) => p.op === 'text')).toBe(true);
  });

  it('Arabic: the comparison table starts from the right, its tags still in reading order', () => {
    const composer = new Composer(pageGeometry('a4'), new MissingCharacters());
    const table = comparisonTableFor('ar');
    const columns = [table.columns.aspect, table.columns.autonomy, table.columns.attachment].map((header) => ({ header, share: 1 }));
    dataTable(composer, composer.root, columns, [], { rightToLeft: true });
    const header = composer.blocks[0].slices[0];
    const xOf = (text: string) => header.marks.flatMap((m) => m.paints).find((p) => p.op === 'text' && p.text === text)!;
    const [aspect, , attachment] = columns.map((c) => xOf(c.header));
    expect('x' in aspect && 'x' in attachment && aspect.x > attachment.x).toBe(true);
    const tr = composer.root.children[0].children[0];
    expect(tr.children.map((cell) => cell.type)).toEqual(['TH', 'TH', 'TH']);
  });
});
