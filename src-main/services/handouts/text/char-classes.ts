/** Character classes the text layout needs. Unicode property escapes keep this short. */

/** Invisible formatting characters (Unicode's Default_Ignorable_Code_Point, the common ones). */
export const isIgnorable = (cp: number): boolean =>
  cp === 0x00ad ||
  cp === 0x034f ||
  cp === 0x061c ||
  (cp >= 0x180b && cp <= 0x180f) ||
  (cp >= 0x200b && cp <= 0x200f) ||
  (cp >= 0x202a && cp <= 0x202e) ||
  (cp >= 0x2060 && cp <= 0x206f) ||
  (cp >= 0xfe00 && cp <= 0xfe0f) ||
  cp === 0xfeff ||
  (cp >= 0xe0000 && cp <= 0xe0fff);

export const ZERO_WIDTH_SPACE = 0x200b;

/** Control characters have no glyph in any font; they are printed as the placeholder. */
export const isControl = (cp: number): boolean => (cp < 0x20 && cp !== 0x09 && cp !== 0x0a) || (cp >= 0x7f && cp < 0xa0);

const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/** Any character of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko and the like). */
export const containsRtl = (text: string): boolean => RTL.test(text);
const LETTER = /[\p{L}\p{Nd}]/u;

/** Strong direction of a piece of text: the first letter decides. */
export function strongDirection(text: string): 'ltr' | 'rtl' | null {
  for (const ch of text) {
    if (RTL.test(ch) && /[\p{L}\p{M}]/u.test(ch)) return 'rtl';
    if (LETTER.test(ch)) return 'ltr';
  }
  return null;
}

/** Punctuation, spaces and digits take the font of the text around them when it has the glyph. */
export const isNeutral = (ch: string): boolean => /^[\p{P}\p{Zs}\p{N}\p{Sm}]/u.test(ch);

/** Characters after which a long word or URL may be broken. */
export const SOFT_BREAK_AFTER = new Set([...'-/\\_?&=#.,;:|~+@']);
