import { describe, expect, it, onTestFinished } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTemplates } from '../../../src-main/services/templates/load-templates';
import { workshopSchema } from '../../../src-main/core/workshop/workshop-schema';
import { scenarioBankSchema, banksInLanguage } from '../../../src-main/core/workshop/bank-schema';
import { validate } from '../../../src-main/core/validation';
import { directionOf, isLanguageTag, languageName } from '../../../src-main/core/workshop/language';
import { comparisonTableFor, COMPARISON_TABLE } from '../../../src-main/core/workshop/comparison-table';
import { duplicateWorkshop } from '../../../src-main/core/editor/create';
import { openRun } from '../../../src-main/core/live/live-run';
import { audienceViewOf } from '../../../src-main/core/live/audience-view';
import { keyIdeasOf } from '../../../src-main/core/handout/key-ideas';
import { sessionOf } from '../live/fixtures';

const templatesDir = fileURLToPath(new URL('../../../templates', import.meta.url));
const essentialsFile = join(templatesDir, 'workshops', '01-essentials.json');
const essentials = (): Record<string, unknown> => JSON.parse(readFileSync(essentialsFile, 'utf8'));

function tempTemplates(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sb-lang-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'workshops'));
  for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, 'workshops', name), JSON.stringify(data));
  return dir;
}

describe('a workshop carries its language', () => {
  it('accepts BCP 47 tags and refuses anything else, naming $.lang', () => {
    for (const tag of ['en', 'es', 'ar', 'es-419', 'pt-BR', 'zh-Hant-TW']) expect(isLanguageTag(tag), tag).toBe(true);
    for (const tag of ['', 'en us', 'e', 'es_ES', 'en--us', '12', 'ar-']) expect(isLanguageTag(tag), tag).toBe(false);
    const result = validate(workshopSchema, { ...essentials(), lang: 'Spanish!' }, 'workshop');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.path).toBe('$.lang');
    expect(result.error.message).toMatch(/\$\.lang: use a BCP 47 language tag/);
  });

  it('reads a workshop file from before languages as English, and keeps it so', () => {
    const old = essentials();
    delete old.lang;
    const parsed = workshopSchema.parse(old);
    expect(parsed.lang).toBe('en');
    const bank = JSON.parse(readFileSync(join(templatesDir, 'banks', 'culture.json'), 'utf8'));
    delete bank.lang;
    expect(scenarioBankSchema.parse(bank).lang).toBe('en');
  });

  it('refuses a translation of itself, and skips one whose original is not in the library, saying where', async () => {
    expect(validate(workshopSchema, { ...essentials(), translationOf: 'essentials' }).ok).toBe(false);
    const dir = tempTemplates({
      'a.json': essentials(),
      'b.json': { ...essentials(), id: 'essentials-fr', lang: 'fr', translationOf: 'no-such-workshop' },
      'c.json': { ...essentials(), id: 'essentials-copy', translationOf: 'essentials' },
      'd.json': { ...essentials(), id: 'essentials-de', lang: 'de', translationOf: 'essentials' },
    });
    const library = await loadTemplates(dir);
    expect(library.workshops.map((w) => w.id)).toEqual(['essentials', 'essentials-de']);
    const messages = library.problems.flatMap((p) => p.problems.map((x) => `${x.path} ${x.message}`));
    expect(messages).toEqual([
      '$.translationOf "no-such-workshop" is not a workshop in the library; workshop "essentials-fr" is skipped',
      '$.lang "en" is the language of the original too; workshop "essentials-copy" is skipped',
    ]);
  });

  it('keeps the language when a workshop is duplicated, and drops the link to the original', () => {
    const translated = workshopSchema.parse({ ...essentials(), id: 'essentials-es', lang: 'es', translationOf: 'essentials' });
    const copy = duplicateWorkshop(translated, 'mine');
    expect(copy.lang).toBe('es');
    expect(copy).not.toHaveProperty('translationOf');
    expect(copy.id).toBe('mine');
  });

  it('names languages in their own words and knows which read from the right', () => {
    expect(['en', 'es', 'ar'].map(languageName)).toEqual(['English', 'Español', 'العربية']);
    expect(['ar', 'he', 'fa', 'ur', 'ar-EG'].map(directionOf)).toEqual(['rtl', 'rtl', 'rtl', 'rtl', 'rtl']);
    expect(['en', 'es', 'es-419', 'tr'].map(directionOf)).toEqual(['ltr', 'ltr', 'ltr', 'ltr']);
  });

  it('draws scenario cards only from banks in the workshop’s language', () => {
    const card = { id: 'c', title: 'A card', situation: 'Something happens.', questions: ['What now?', 'And then?'] };
    const banks = [
      { lang: 'en', id: 'culture' },
      { lang: 'es', id: 'culture-es' },
      { lang: 'ar', id: 'culture-ar' },
    ].map((b) => scenarioBankSchema.parse({ ...b, schemaVersion: 1, section: 'culture', title: 'Culture', cards: [card] }));
    expect(banksInLanguage(banks, 'es-419').map((b) => b.id)).toEqual(['culture-es']);
    expect(banksInLanguage(banks, 'ar').map((b) => b.id)).toEqual(['culture-ar']);
  });
});

describe('the comparison table in the workshop’s language', () => {
  it('has the six aspects in English, Spanish and Arabic, falling back to English', () => {
    for (const lang of ['en', 'es', 'ar']) {
      const table = comparisonTableFor(lang);
      expect(table.rows, lang).toHaveLength(6);
      for (const row of table.rows) for (const text of Object.values(row)) expect(text.trim().length, lang).toBeGreaterThan(2);
    }
    expect(comparisonTableFor('es').columns).toEqual({ aspect: 'Aspecto', autonomy: 'Autonomía', attachment: 'Apego' });
    expect(comparisonTableFor('ar').columns.autonomy).toBe('الاستقلالية');
    expect(comparisonTableFor('fr').rows).toBe(COMPARISON_TABLE);
  });

  it('reaches the projector’s teach slide and the handout’s key ideas, with the language and direction', () => {
    const w = workshopSchema.parse({ ...essentials(), id: 'essentials-ar', lang: 'ar', translationOf: 'essentials' });
    const index = w.activities.findIndex((a) => a.kind === 'teach' && a.showComparisonTable);
    const run = { ...openRun(sessionOf(w), w.activities, 0, 1, w.lang), activityIndex: index, step: 0 };
    const view = audienceViewOf(run, 0, 'dark');
    expect(view.lang).toBe('ar');
    expect(view.dir).toBe('rtl');
    expect(view.slide.kind === 'teach' && view.slide.table?.rows[0].aspect).toBe('التعريف');
    expect(keyIdeasOf(w).comparison?.columns.attachment).toBe('التعلّق');
    const english = audienceViewOf(openRun(sessionOf(w), w.activities, 0), 0, 'dark');
    expect([english.lang, english.dir]).toEqual(['en', 'ltr']);
  });
});
