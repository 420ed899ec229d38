import { describe, it, expect, beforeAll, onTestFinished } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportHandoutInput } from '../../../src-main/contract/handouts';
import { openAppContext } from '../../../src-main/services/app-context';
import { createHandlers } from '../../../src-main/services/handlers';
import { renderHandoutPack, renderHandoutSet, type HandoutResult } from '../../../src-main/services/handouts';
import { familyOf, secondLanguageOf, TranslationChoiceError } from '../../../src-main/core/handout/bilingual';
import { groundRulesOf } from '../../../src-main/core/handout/ground-rules';
import { comparisonTableFor } from '../../../src-main/core/workshop/comparison-table';
import { MAX_BILINGUAL_PAGES } from '../../../src-main/services/handouts/pack/bilingual-pack';
import { builtInBanks, builtInWorkshops } from './built-in';
import { fonts, lettersOf, pageFills, squash, text } from './pdf-tools';

const library = builtInWorkshops();
const workshop = (id: string) => library.find((w) => w.id === id)!;
const cellsOf = (lang: string) => comparisonTableFor(lang).rows.flatMap((r) => [r.aspect, r.autonomy, r.attachment]);

describe('the family of a workshop', () => {
  it('is the original and its translations, whichever member it is asked from', () => {
    // The original first, then the translations in library order.
    expect(familyOf(workshop('essentials'), library).map((w) => w.id)).toEqual(['essentials', 'essentials-ar', 'essentials-es']);
    expect(familyOf(workshop('essentials-es'), library).map((w) => w.id)).toEqual(['essentials', 'essentials-es', 'essentials-ar']);
    expect(familyOf(workshop('at-work'), library).map((w) => w.id)).toEqual(['at-work']);
  });

  it('names the languages there are when the one asked for is missing', () => {
    expect(() => secondLanguageOf(workshop('essentials'), 'fr', library)).toThrow(TranslationChoiceError);
    expect(() => secondLanguageOf(workshop('essentials'), 'fr', library)).toThrow(
      'no French translation of "Autonomy and Attachment: the Essentials"; available: English (en), Arabic (ar), Spanish (es)',
    );
    expect(() => secondLanguageOf(workshop('at-work'), 'es', library)).toThrow(/^no Spanish translation of "At Work"; available: English/);
    expect(() => secondLanguageOf(workshop('essentials'), 'en', library)).toThrow(/already in English/);
    expect(secondLanguageOf(workshop('essentials-es'), 'en-GB', library).id).toBe('essentials');
  });

  it('is for the participant pack only, and the error reaches the caller', async () => {
    await expect(renderHandoutSet('guide', workshop('essentials'), { also: 'es' }, [], library)).rejects.toThrow(TranslationChoiceError);
    await expect(renderHandoutPack(workshop('essentials'), { also: 'fr' }, [], library)).rejects.toThrow(/no French translation/);
  });
});

describe('a pack in two languages', () => {
  const packs: Record<string, HandoutResult> = {};
  beforeAll(async () => {
    const banks = builtInBanks();
    packs.enEs = await renderHandoutPack(workshop('essentials'), { also: 'es' }, banks, library);
    packs.enAr = await renderHandoutPack(workshop('essentials'), { also: 'ar' }, banks, library);
    packs.arEnSide = await renderHandoutPack(workshop('essentials-ar'), { also: 'en', bilingual: 'side-by-side' }, banks, library);
    // Three packs of up to twelve pages: give them time on a busy machine.
  }, 60_000);

  it('English and Spanish, one after the other: both comparison tables and both workshops’ words read back', () => {
    const all = squash(text(packs.enEs.pdf));
    for (const cell of [...cellsOf('en'), ...cellsOf('es')]) expect(all).toContain(squash(cell));
    for (const id of ['essentials', 'essentials-es']) {
      const w = workshop(id);
      expect(all).toContain(squash(w.title));
      for (const rule of groundRulesOf(w)) expect(all).toContain(squash(rule));
      for (const idea of w.keyIdeas ?? []) expect(all).toContain(squash(idea.text));
    }
    // Each language's part comes first in English, then in Spanish.
    const plain = text(packs.enEs.pdf);
    expect(plain.indexOf('Autonomy and attachment at a glance')).toBeLessThan(plain.indexOf('Autonomía y apego, de un vistazo'));
    expect(plain.indexOf('Card sort: autonomy or attachment?')).toBeLessThan(plain.indexOf('Clasificar tarjetas: ¿autonomía o apego?'));
  });

  it('says the document’s language and each part’s own, and embeds every font it draws with', () => {
    for (const [name, langs] of [
      ['enEs', ['en', 'es']],
      ['enAr', ['en', 'ar']],
      ['arEnSide', ['ar', 'en']],
    ] as const) {
      const raw = packs[name].pdf.toString('latin1');
      // The catalog's /Lang is the first language; each part's structure element carries its own.
      expect(/\/Type \/Catalog[^>]*?\/Lang \(([^)]*)\)/.exec(raw)?.[1]).toBe(langs[0]);
      for (const lang of langs) expect(raw, `${name} ${lang}`).toMatch(new RegExp(`/S /Sect\\n/Lang \\(${lang}\\)`));
      const used = fonts(packs[name].pdf);
      expect(used.length).toBeGreaterThan(0);
      for (const f of used) expect(f.emb, `${name}: ${f.name}`).toBe('yes');
      expect(packs[name].missingCharacters).toEqual([]);
      expect(packs[name].pageCount).toBeLessThanOrEqual(MAX_BILINGUAL_PAGES);
    }
  });

  it('English and Arabic: the Arabic table, rules and key ideas extract in reading order', () => {
    const all = lettersOf(text(packs.enAr.pdf));
    const w = workshop('essentials-ar');
    for (const cell of cellsOf('ar')) expect(all).toContain(lettersOf(cell));
    for (const rule of groundRulesOf(w)) expect(all).toContain(lettersOf(rule));
    for (const idea of w.keyIdeas ?? []) expect(all).toContain(lettersOf(idea.text));
    for (const cell of cellsOf('en')) expect(all).toContain(lettersOf(cell));
    const plain = text(packs.enAr.pdf).replace(/\s+/g, ' ');
    expect(plain).toContain('ما نسمعه عن الآخرين يبقى في هذه القاعة');
    expect(plain).toContain('Confidentiality, and its limit: what we hear about other people stays in the room');
  });

  it('English and Arabic never share a page in the after layout, so each reads from its own side', () => {
    for (const page of text(packs.enAr.pdf).split('\f').slice(0, -1)) {
      const body = page.replace(/^.*\n/, '');
      const arabic = (body.match(/\p{Script=Arabic}/gu) ?? []).length;
      const latin = (body.match(/\p{Script=Latin}/gu) ?? []).length;
      // Fixed English words on the Arabic pages (labels still to be translated) stay a small share.
      expect(Math.min(arabic, latin) / Math.max(arabic, latin, 1)).toBeLessThan(0.5);
    }
  });

  it('side by side: both tables and both sets of key ideas on shared pages, each language in its own column', () => {
    // Pages that mix directions come out of pdftotext in visual runs, so words are compared, not sentences.
    const words = new Set(text(packs.arEnSide.pdf).split(/[^\p{L}\p{N}\p{M}]+/u));
    const expectWords = (s: string) => {
      for (const w of s.split(/[^\p{L}\p{N}\p{M}]+/u).filter(Boolean)) expect(words, s).toContain(w);
    };
    for (const cell of [...cellsOf('ar'), ...cellsOf('en')]) expectWords(cell);
    for (const id of ['essentials', 'essentials-ar']) for (const idea of workshop(id).keyIdeas ?? []) expectWords(idea.title);
    const page = text(packs.arEnSide.pdf)
      .split('\f')
      .find((p) => p.includes('Two needs, not opposites'))!;
    expect(page).toContain('حاجتان');
    expect(page).toContain('Small steps keep both strong');
  });

  it('leaves no page nearly empty', () => {
    for (const name of Object.keys(packs)) {
      const fills = pageFills(packs[name].pdf);
      // Every page but the last holds text at least a third of the way down.
      for (const [i, f] of fills.slice(0, -1).entries()) expect(f.textBottom / f.height, `${name} page ${i + 1}`).toBeGreaterThan(0.33);
    }
  });
});

describe('the handouts:export channel', () => {
  it('checks a second language at the boundary: a tag, for the pack only, a layout only with it', () => {
    const ok = exportHandoutInput.safeParse({ workshopId: 'essentials', options: { also: 'es', bilingual: 'side-by-side' } });
    expect(ok.success).toBe(true);
    for (const bad of [
      { workshopId: 'essentials', set: 'guide', options: { also: 'es' } },
      { workshopId: 'essentials', options: { also: 'not a tag' } },
      { workshopId: 'essentials', options: { also: 'es', bilingual: 'columns' } },
      { workshopId: 'essentials', options: { bilingual: 'after' } },
    ])
      expect(exportHandoutInput.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });

  it('exports the pack in two languages, and says which languages there are when one is missing', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sb-bilingual-'));
    const templatesDir = fileURLToPath(new URL('../../../templates', import.meta.url));
    const ctx = await openAppContext({ host: 'web', dataDir, templatesDir, version: 'test' });
    onTestFinished(async () => {
      await ctx.close();
      rmSync(dataDir, { recursive: true, force: true });
    });
    const handlers = createHandlers(ctx);
    const file = await handlers['handouts:export'](exportHandoutInput.parse({ workshopId: 'across-cultures', options: { also: 'es' } }));
    expect(file.fileName).toMatch(/^handouts-across-cultures-es-/);
    expect(file.missingCharacters).toEqual([]);
    await expect(handlers['handouts:export'](exportHandoutInput.parse({ workshopId: 'at-work', options: { also: 'ar' } }))).rejects.toThrow(
      /no Arabic translation of "At Work"; available: English \(en\)/,
    );
  });
});
