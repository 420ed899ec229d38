import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';

/**
 * The typefaces a handout can use. The three Noto Sans faces carry the design (Latin, Greek,
 * Cyrillic); the rest are fallbacks tried in order for characters Noto Sans lacks.
 * All are TTF from npm packages: pdfkit embeds TTF and WOFF but not WOFF2.
 */
export const FACES = ['regular', 'italic', 'semibold'] as const;
export type Face = (typeof FACES)[number];

export const FALLBACKS = ['symbols', 'emoji', 'hebrew', 'arabic', 'dejavu', 'cjk-sc', 'cjk-kr'] as const;
export type Fallback = (typeof FALLBACKS)[number];

export type FontSlot = Face | Fallback;

const FILES: Record<FontSlot, string> = {
  regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  italic: '@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf',
  semibold: '@expo-google-fonts/noto-sans/600SemiBold/NotoSans_600SemiBold.ttf',
  symbols: '@expo-google-fonts/noto-sans-symbols/400Regular/NotoSansSymbols_400Regular.ttf',
  // Monochrome Noto Emoji: colour emoji fonts (CBDT/COLR) do not embed in a PDF as outlines.
  emoji: '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf',
  hebrew: '@expo-google-fonts/noto-sans-hebrew/400Regular/NotoSansHebrew_400Regular.ttf',
  arabic: '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf',
  // DejaVu covers many scripts and symbols the Noto set above lacks (Armenian, Georgian, math, arrows).
  dejavu: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  'cjk-sc': '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  'cjk-kr': '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf',
};

// Not named `require`: the Electron bundle injects its own and a second declaration breaks it.
const resolvePackageFile = createRequire(import.meta.url).resolve;

const loaded = new Map<FontSlot, Font>();

/**
 * The parsed font for a slot, read and parsed once per process. The CJK fonts are 6-10 MB,
 * so nothing is loaded until a character actually needs it.
 */
export function fontFor(slot: FontSlot): Font {
  let font = loaded.get(slot);
  if (!font) {
    const parsed = create(readFileSync(resolvePackageFile(FILES[slot])));
    if (!('hasGlyphForCodePoint' in parsed)) throw new Error(`${FILES[slot]} is a font collection, expected one font`);
    font = parsed;
    loaded.set(slot, font);
  }
  return font;
}

/** Slots parsed so far; a document registers only these, and embeds only those it uses. */
export const loadedSlots = (): FontSlot[] => [...loaded.keys()];

export const fontFilePath = (slot: FontSlot): string => resolvePackageFile(FILES[slot]);
