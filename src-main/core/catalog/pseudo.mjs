// The pseudo-locale en-XA: English with accented letters and about 40% more length, so text that would
// clip in a longer language (German, Spanish) clips in tests first. Placeholders like {name} stay as they are.

const ACCENTED = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ď',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ó',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ú',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Á',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ď',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Í',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ó',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Ú',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

/** Accents the letters outside {placeholders} and lengthens each word by half, about 40% for a whole sentence. */
export function pseudoText(text) {
  let out = '';
  let depth = 0;
  for (const char of text) {
    if (char === '{') depth++;
    if (char === '}') depth = Math.max(0, depth - 1);
    out += depth === 0 && ACCENTED[char] ? ACCENTED[char] : char;
  }
  // Lengthen words (not placeholders) by half their letters: spaces and punctuation stay, so a sentence grows ~40%.
  return out.replace(/(^|[\s])([^\s{}]+)/g, (whole, space, word) => {
    const letters = [...word].filter((c) => /\p{L}/u.test(c)).length;
    if (letters < 2) return whole;
    const extra = Math.ceil(letters * 0.5);
    return `${space}${word}${stretch(extra)}`;
  });
}

/** n letters of padding, alternating two accented vowels. */
const stretch = (n) => Array.from({ length: n }, (_, i) => (i % 2 ? 'ȩ' : 'ő')).join('');

/** A catalog entry: a plain string, or Paraglide's variants with their `match` texts. */
export function pseudoMessage(value) {
  if (typeof value === 'string') return pseudoText(value);
  if (Array.isArray(value)) {
    return value.map((variant) => ({
      ...variant,
      match: Object.fromEntries(Object.entries(variant.match ?? {}).map(([k, v]) => [k, pseudoText(v)])),
    }));
  }
  return value;
}
