import { describe, it, expect, beforeAll } from 'vitest';
import { renderHandoutPack, writeHandoutPack } from '../../../src-main/services/handouts';
import { COMPARISON_TABLE } from '../../../src-main/core/workshop/comparison-table';
import { worksheetsOf } from '../../../src-main/core/handout/worksheets';
import type { HandoutResult } from '../../../src-main/services/handouts';
import { fixtureWorkshop, longestWorkshop } from './fixtures';
import { fonts, info, poppler, squash, text } from './pdf-tools';

const workshop = fixtureWorkshop();

describe('handout pack', () => {
  let pack: HandoutResult;
  let all: string;
  beforeAll(async () => {
    pack = await renderHandoutPack(workshop, { facilitatorName: 'Ana Ruiz', date: '2025-03-12' });
    all = text(pack.pdf);
  });

  it('has the pages the layout made, on A4 by default', () => {
    const i = info(pack.pdf);
    expect(Number(i.Pages)).toBe(pack.pageCount);
    expect(pack.pageCount).toBeGreaterThanOrEqual(3);
    expect(pack.pageCount).toBeLessThanOrEqual(6);
    expect(i['Page size']).toMatch(/595\.28 x 841\.89/);
  });

  it('prints the comparison table’s six aspects, both sides of each', () => {
    for (const row of COMPARISON_TABLE) {
      expect(squash(all)).toContain(squash(row.aspect));
      expect(squash(all)).toContain(squash(row.autonomy));
      expect(squash(all)).toContain(squash(row.attachment));
    }
  });

  it('prints every worksheet’s title and its paper instructions, not the spoken ones', () => {
    for (const sheet of worksheetsOf(workshop)) {
      expect(squash(all)).toContain(squash(sheet.title));
      const text = sheet.blocks[0];
      if (text.kind === 'text') for (const b of text.blocks) if (b.kind === 'paragraph') expect(squash(all)).toContain(squash(b.text));
    }
    // "Stand on the line" is for the room; the sheet says how to mark it.
    expect(all).toContain('Mark one X on each line');
  });

  it('fills in the cover and numbers the pages', () => {
    expect(all).toContain('Ana Ruiz');
    expect(all).toContain('12 March 2025');
    expect(all).toContain(`Page 2 of ${pack.pageCount}`);
    expect(all).toContain(`Page ${pack.pageCount} of ${pack.pageCount}`);
  });

  it('is tagged for accessibility, titled and in English', () => {
    const i = info(pack.pdf);
    expect(i.Tagged).toBe('yes');
    expect(i.Title).toBe(`${workshop.title}: handout`);
    expect(i['PDF version']).toBe('1.7');
    const raw = pack.pdf.toString('latin1');
    expect(raw).toMatch(/\/Lang \(en\)/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    expect(raw).toContain('pdfuaid:part');
    // The title has "&": the XMP packet must escape it.
    expect(raw).toContain('Room to Grow &amp; Stay Close: handout');
  });

  it('has headings, paragraphs, lists and a real table in the structure tree', () => {
    const tree = poppler('pdfinfo', pack.pdf, ['-struct']);
    for (const tag of ['Document', 'Sect', 'H1', 'H2', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD']) {
      expect(tree, tag).toMatch(new RegExp(`^\\s*${tag}\\b`, 'm'));
    }
    expect(tree).toMatch(/\/Scope \/Column/);
    expect(tree).toMatch(/\/Scope \/Row/);
    expect(tree).not.toMatch(/Warning/);
  });

  it('marks the running header and footer as artifacts, so the tagged text skips them', () => {
    const tagged = poppler('pdfinfo', pack.pdf, ['-struct-text']);
    expect(tagged).toContain('Autonomy and attachment at a glance');
    expect(tagged).not.toContain('Page 2 of');
  });

  it('embeds every font', () => {
    const list = fonts(pack.pdf);
    expect(list.length).toBeGreaterThan(0);
    for (const f of list) expect(f.emb, f.name).toBe('yes');
    expect(list.map((f) => f.name).join(' ')).toMatch(/NotoSans-Regular/);
  });

  it('has a bookmark per section', () => {
    const raw = pack.pdf.toString('latin1');
    expect(raw).toMatch(/\/Outlines \d+ 0 R/);
    const titles = raw.match(/\/Title \(/g) ?? [];
    // cover, key ideas, six worksheets, action plan
    expect(titles.length).toBeGreaterThanOrEqual(9);
  });

  it('reports no missing characters for ordinary text', () => {
    expect(pack.missingCharacters).toEqual([]);
  });
});

describe('paper, parts and class sets', () => {
  it('prints on Letter', async () => {
    const pdf = await writeHandoutPack(workshop, { paper: 'letter' });
    expect(info(pdf)['Page size']).toMatch(/612 x 792/);
  });

  it('prints only the parts asked for', async () => {
    const pdf = await writeHandoutPack(workshop, { parts: ['key-ideas'] });
    expect(Number(info(pdf).Pages)).toBe(1);
    const t = text(pdf);
    expect(t).toContain('Dependency level');
    expect(t).toContain('Where to get support');
    expect(t).not.toContain('WORKSHEET');
  });

  it('repeats the whole pack for a class set, each copy tagged and numbered on its own', async () => {
    const one = await renderHandoutPack(workshop, {});
    const three = await renderHandoutPack(workshop, { copies: 3 });
    expect(Number(info(three.pdf).Pages)).toBe(one.pageCount * 3);
    const n = one.pageCount;
    for (const page of [2, 5, n]) {
      const first = text(three.pdf, ['-f', String(page), '-l', String(page)]);
      const third = text(three.pdf, ['-f', String(page + 2 * n), '-l', String(page + 2 * n)]);
      expect(third).toBe(first);
    }
    const tree = poppler('pdfinfo', three.pdf, ['-struct']);
    expect(tree.match(/^ {2}Part\b/gm)).toHaveLength(3);
    const tablesInOne = poppler('pdfinfo', one.pdf, ['-struct']).match(/^\s*Table\b/gm)?.length ?? 0;
    expect(tree.match(/^\s*Table\b/gm)).toHaveLength(tablesInOne * 3);
    const tagged = poppler('pdfinfo', three.pdf, ['-struct-text']);
    expect(tagged.split('Autonomy and attachment at a glance').length - 1).toBe(3);
    // Copies 2 and 3 reuse copy 1's drawing: their own tags must still reach its text.
    expect(tagged.split('Where do I want more room?').length - 1).toBe(3);
    expect(tagged).toContain('Part "Copy 3"');
    // Fonts are embedded once for the whole set.
    expect(fonts(three.pdf).length).toBe(fonts(one.pdf).length);
  });

  it('prints the longest template without missing characters', async () => {
    const r = await renderHandoutPack(longestWorkshop(), { paper: 'letter' });
    expect(r.missingCharacters).toEqual([]);
    expect(Number(info(r.pdf).Pages)).toBe(r.pageCount);
  });

  it('rejects invalid options', async () => {
    await expect(writeHandoutPack(workshop, { copies: 0 })).rejects.toThrow();
  });
});
