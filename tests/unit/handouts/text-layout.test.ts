import { describe, it, expect } from 'vitest';
import { layoutText } from '../../../src-main/services/handouts/text/text-layout';
import { MissingCharacters, PLACEHOLDER } from '../../../src-main/services/handouts/fonts/glyph-coverage';
import { visualOrder } from '../../../src-main/services/handouts/text/bidi';

const style = { face: 'regular' as const, size: 10 };
const lay = (text: string, width = 200, missing = new MissingCharacters()) => layoutText(text, style, width, missing);
const joined = (lines: ReturnType<typeof lay>) => lines.map((l) => l.fragments.map((f) => f.text).join('')).join('');
const noSpace = (s: string) => s.replace(/\s+/g, '');

describe('text layout', () => {
  it('wraps at spaces and never makes a line wider than asked', () => {
    const text = 'Autonomy is steering your own life; attachment is the bond that keeps you safe. '.repeat(5);
    const lines = lay(text, 180);
    expect(lines.length).toBeGreaterThan(5);
    for (const l of lines) expect(l.width).toBeLessThanOrEqual(180);
    expect(noSpace(joined(lines))).toBe(noSpace(text));
  });

  it('breaks a 300-character word inside, losing nothing', () => {
    const word = 'x'.repeat(150) + 'y'.repeat(150);
    const lines = lay(`Start ${word} end`, 150);
    for (const l of lines) for (const f of l.fragments) expect(f.x + f.width).toBeLessThanOrEqual(150.01);
    expect(noSpace(joined(lines))).toBe(`Start${word}end`);
  });

  it('prefers to break a URL after a slash', () => {
    const lines = lay('https://example.org/secure-base/handouts/autonomy-and-attachment/worksheet', 150);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[0].fragments.map((f) => f.text).join('')).toMatch(/[/-]$/);
  });

  it('keeps hard line breaks', () => {
    expect(lay('one\ntwo\n\nfour').map((l) => l.fragments.map((f) => f.text).join(''))).toEqual(['one', 'two', '', 'four']);
  });

  it('breaks CJK text between characters', () => {
    const text = '自主与依恋：安全基地让探索更容易。'.repeat(4);
    const lines = lay(text, 120);
    expect(lines.length).toBeGreaterThan(2);
    expect(joined(lines)).toBe(text);
    expect(lines[0].fragments[0].slot).toBe('cjk-sc');
    // Closing punctuation never starts a line.
    for (const l of lines.slice(1)) expect('，。：').not.toContain(l.fragments[0]?.text[0]);
  });

  it('picks a font per script and keeps every character', () => {
    const text = 'Greek Καλημέρα, Cyrillic Привет, 中文, 한국어, emoji 😀🌱, Hebrew שלום, Arabic مرحبا';
    const lines = lay(text, 1000);
    const slots = new Set(lines.flatMap((l) => l.fragments.map((f) => f.slot)));
    for (const s of ['regular', 'cjk-sc', 'cjk-kr', 'emoji', 'hebrew', 'arabic']) expect(slots).toContain(s);
    expect(new Set(noSpace(joined(lines)))).toEqual(new Set(noSpace(text)));
  });

  it('replaces a character no font has with a visible placeholder and counts it', () => {
    const missing = new MissingCharacters();
    const lines = lay('a\u{10FFFD}b\u{10FFFD}', 200, missing);
    expect(joined(lines)).toBe(`a${PLACEHOLDER}b${PLACEHOLDER}`);
    expect(missing.list()).toEqual([{ codePoint: 'U+10FFFD', char: '\u{10FFFD}', count: 2 }]);
  });

  it('orders a right-to-left paragraph’s words right to left and marks it for right alignment', () => {
    const lines = lay('שלום עולם', 300);
    const [first, second] = lines[0].fragments;
    expect(first.text).toBe('עולם');
    expect(second.text).toBe('שלום');
    expect(second.x + second.width).toBeCloseTo(lines[0].width, 3);
    expect(lines[0].rtl).toBe(true);
    expect(lay('Hello')[0].rtl).toBe(false);
  });
});

describe('bidi reordering', () => {
  const run = (text: string, neutral = false) => ({ text, neutral });
  it('reverses a right-to-left phrase inside left-to-right text', () => {
    const runs = [run('I'), run(' ', true), run('שלום'), run(' ', true), run('עולם'), run(' ', true), run('said')];
    expect(visualOrder(runs, 'ltr').map((i) => runs[i].text)).toEqual(['I', ' ', 'עולם', ' ', 'שלום', ' ', 'said']);
  });

  it('keeps left-to-right words in order inside a right-to-left paragraph', () => {
    const runs = [run('שלום'), run(' ', true), run('Secure'), run(' ', true), run('Base')];
    expect(visualOrder(runs, 'rtl').map((i) => runs[i].text)).toEqual(['Secure', ' ', 'Base', ' ', 'שלום']);
  });

  it('draws brackets and quotes in right-to-left text mirrored, and keeps them as typed for copying', () => {
    const [line] = lay('أي «أفضل أن أتولى الأمر» (وحدي)', 400);
    const drawn = line.fragments.map((f) => f.text).join('');
    const typed = line.fragments.map((f) => f.actual ?? f.text).join('');
    // The closing guillemet and parenthesis of the logical text are drawn with the opening glyph, and back.
    expect(drawn).toContain('»');
    expect(drawn).toContain(')');
    expect(noSpace(typed.split('').sort().join(''))).toBe(noSpace('أي «أفضل أن أتولى الأمر» (وحدي)'.split('').sort().join('')));
    const mirroredPairs = line.fragments.filter((f) => f.actual !== undefined && f.actual !== f.text && /[«»()]/.test(f.actual));
    expect(mirroredPairs.length).toBeGreaterThan(0);
    // Left-to-right text keeps its brackets as they are.
    expect(lay('Say "no" (kindly)')[0].fragments.every((f) => f.actual === undefined)).toBe(true);
  });
});
