import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

const messages = fileURLToPath(new URL('../../../src-main/core/catalog/messages', import.meta.url));
type Entry = string | { match?: Record<string, string> }[];
const read = (area: string, locale: string): Record<string, Entry> =>
  JSON.parse(readFileSync(join(messages, area, `${locale}.json`), 'utf8'));
const texts = (entry: Entry | undefined): string[] =>
  entry === undefined ? [] : typeof entry === 'string' ? [entry] : entry.flatMap((v) => Object.values(v.match ?? {}));

/**
 * The English texts of the catalog that a view in `locale` must not show: every message whose translation
 * differs from the English (so "Secure Base" or "OK" are not counted), cut at its placeholders, keeping the
 * pieces of two words or more, and single words of four letters or more as whole texts.
 */
export function englishOnly(locale: string): { whole: Set<string>; pieces: string[] } {
  const whole = new Set<string>();
  const pieces = new Set<string>();
  // A word that is also the translation somewhere ("Agenda" in Spanish) is not English left behind.
  const translations = new Set(
    readdirSync(messages).flatMap((area) =>
      Object.entries(read(area, locale)).flatMap(([key, entry]) => (key === '$schema' ? [] : texts(entry).map((t) => t.trim()))),
    ),
  );
  for (const area of readdirSync(messages)) {
    const english = read(area, 'en');
    const other = read(area, locale);
    for (const [key, entry] of Object.entries(english)) {
      if (key === '$schema') continue;
      const translated = new Set(texts(other[key]).map((t) => t.trim()));
      for (const text of texts(entry)) {
        if (translated.has(text.trim()) || translations.has(text.trim())) continue;
        for (const piece of text.split(/\{\w+\}/)) {
          const clean = piece.trim().replace(/^[\s:,.;!?()–—-]+|[\s:,.;!?()–—-]+$/g, '');
          const words = clean.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w));
          if (words.length >= 2) pieces.add(clean);
          else if (words.length === 1 && clean === piece.trim() && /\p{L}{4,}/u.test(clean)) whole.add(clean);
        }
      }
    }
  }
  return { whole, pieces: [...pieces].sort((a, b) => b.length - a.length) };
}

/** Every text a person sees or hears on the page (shown-texts.page.js runs in the page). */
const SHOWN_TEXTS = readFileSync(new URL('./shown-texts.page.js', import.meta.url), 'utf8')
  .trim()
  .replace(/;$/, '');
export const shownTexts = (page: Page) => page.evaluate(`(${SHOWN_TEXTS})()`) as Promise<{ texts: string[]; labels: string[] }>;

/** The catalog's English that a page in another language still shows. */
export async function englishLeftOn(page: Page, english: { whole: Set<string>; pieces: string[] }): Promise<string[]> {
  const { texts, labels } = await shownTexts(page);
  const found = new Set<string>();
  for (const text of [...texts, ...labels]) if (english.whole.has(text)) found.add(text);
  // Labels may quote content in its own language ("Añadir «Card sort: …» al programa"): whole labels only.
  for (const text of texts)
    for (const piece of english.pieces) if (text.includes(piece)) found.add(`${piece}  (in "${text.slice(0, 80)}")`);
  return [...found];
}
