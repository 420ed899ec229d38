import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const messages = fileURLToPath(new URL('../../../src-main/core/catalog/messages', import.meta.url));
const LOCALES = ['en', 'es', 'ar'] as const;
type Variant = { declarations?: string[]; match?: Record<string, string> };
type Entry = string | Variant[];
const read = (area: string, locale: string): Record<string, Entry> => {
  const { $schema: _schema, ...rest } = JSON.parse(readFileSync(join(messages, area, `${locale}.json`), 'utf8'));
  return rest;
};
const areas = readdirSync(messages);

/** The placeholders a message takes: {name} in its texts, and `input name` in its declarations. */
function placeholders(entry: Entry): string[] {
  const texts = typeof entry === 'string' ? [entry] : entry.flatMap((v) => Object.values(v.match ?? {}));
  const inputs = typeof entry === 'string' ? [] : entry.flatMap((v) => (v.declarations ?? []).filter((d) => d.startsWith('input ')));
  const names = new Set([...texts.flatMap((t) => [...t.matchAll(/\{(\w+)\}/g)].map((x) => x[1])), ...inputs.map((d) => d.slice(6).trim())]);
  return [...names].sort();
}
const texts = (entry: Entry): string[] => (typeof entry === 'string' ? [entry] : entry.flatMap((v) => Object.values(v.match ?? {})));

describe('message catalogs', () => {
  it.each(areas)('%s: every language has the same keys, named after the area', (area) => {
    const english = Object.keys(read(area, 'en')).sort();
    for (const key of english) expect(key, `${area}/en.json`).toMatch(new RegExp(`^${area}_[a-z0-9_]+$`));
    for (const locale of LOCALES) expect(Object.keys(read(area, locale)).sort(), `${area}/${locale}.json`).toEqual(english);
  });

  it.each(areas)('%s: every translation takes the same placeholders and is not empty', (area) => {
    const english = read(area, 'en');
    for (const locale of LOCALES) {
      for (const [key, entry] of Object.entries(read(area, locale))) {
        expect(placeholders(entry), `${area}/${locale}.json ${key}`).toEqual(placeholders(english[key]));
        for (const text of texts(entry)) expect(text.trim().length, `${area}/${locale}.json ${key}`).toBeGreaterThan(0);
      }
    }
  });

  it.each(areas)('%s: plurals cover "other", and Spanish and Arabic sentences are translated', (area) => {
    const english = read(area, 'en');
    for (const locale of ['es', 'ar'] as const) {
      for (const [key, entry] of Object.entries(read(area, locale))) {
        if (Array.isArray(entry)) for (const v of entry) expect(Object.keys(v.match ?? {}).some((k) => k.endsWith('=other'))).toBe(true);
        // A sentence of three words or more left in English is a translation that was forgotten.
        const en = texts(english[key]).join(' ');
        if (en.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length >= 3)
          expect(texts(entry).join(' '), `${area}/${locale}.json ${key}`).not.toBe(en);
      }
    }
  });
});
