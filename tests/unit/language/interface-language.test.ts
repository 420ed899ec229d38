import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dispatch } from '../../../src-main/services/dispatch';
import { openAppContext, type AppContext } from '../../../src-main/services/app-context';
import { createHandlers } from '../../../src-main/services/handlers';
import { catalogLocale, m, preferredInterfaceLocale, stageLocaleFor } from '../../../src-main/core/catalog/locale';
import { defaultGroundRules } from '../../../src-main/core/handout/ground-rules';

const templatesDir = fileURLToPath(new URL('../../../templates', import.meta.url));
const opened: AppContext[] = [];
const folders: string[] = [];

afterEach(async () => {
  for (const ctx of opened.splice(0)) await ctx.close();
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function app(dir = mkdtempSync(join(tmpdir(), 'sb-language-'))) {
  if (!folders.includes(dir)) folders.push(dir);
  const ctx = await openAppContext({ host: 'web', dataDir: dir, templatesDir, version: 'test' });
  opened.push(ctx);
  return { dir, ctx, handlers: createHandlers(ctx) };
}

describe('the interface language setting', () => {
  it('is unset at first (the system language is used), saved once, and kept across a restart', async () => {
    const first = await app();
    expect(await dispatch(first.handlers, 'language:get', {}, 'facilitator')).toEqual({ ok: true, value: { locale: null } });
    expect(await dispatch(first.handlers, 'language:save', { locale: 'ar' }, 'facilitator')).toEqual({ ok: true, value: { locale: 'ar' } });
    await first.ctx.close();
    opened.splice(opened.indexOf(first.ctx), 1);
    const again = await app(first.dir);
    expect(await dispatch(again.handlers, 'language:get', {}, 'facilitator')).toEqual({ ok: true, value: { locale: 'ar' } });
    // The projector reads it too (for its own variant of the workshop's language), but may not change it.
    expect(await dispatch(again.handlers, 'language:get', {}, 'projector')).toMatchObject({ ok: true });
    expect(await dispatch(again.handlers, 'language:save', { locale: 'en' }, 'projector')).toMatchObject({ ok: false });
  });

  it('refuses a language without a catalog, naming the field, and keeps what was saved', async () => {
    const { handlers } = await app();
    await dispatch(handlers, 'language:save', { locale: 'es' }, 'facilitator');
    expect(await dispatch(handlers, 'language:save', { locale: 'de' }, 'facilitator')).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', path: '$.locale' },
    });
    expect(await dispatch(handlers, 'language:get', {}, 'facilitator')).toEqual({ ok: true, value: { locale: 'es' } });
    // null goes back to the system's language.
    expect(await dispatch(handlers, 'language:save', { locale: null }, 'facilitator')).toEqual({ ok: true, value: { locale: null } });
  });
});

describe('which catalog speaks', () => {
  it('a workshop tag: itself, its first subtag, else English', () => {
    expect(catalogLocale('ar')).toBe('ar');
    expect(catalogLocale('es-419')).toBe('es');
    expect(catalogLocale('de')).toBe('en');
    expect(catalogLocale(undefined)).toBe('en');
  });

  it('the interface by default: the first system language it speaks, English otherwise', () => {
    expect(preferredInterfaceLocale(['de-DE', 'es-MX', 'en'])).toBe('es');
    expect(preferredInterfaceLocale(['ar-EG'])).toBe('ar');
    expect(preferredInterfaceLocale(['de', 'fr'])).toBe('en');
    expect(preferredInterfaceLocale([])).toBe('en');
  });

  it('the projector: the workshop language, or the interface’s variant of that same language', () => {
    expect(stageLocaleFor('ar', 'en')).toBe('ar');
    expect(stageLocaleFor('en', 'es')).toBe('en');
    expect(stageLocaleFor('en', 'en-XA')).toBe('en-XA');
    expect(stageLocaleFor('es-419', 'es')).toBe('es');
  });

  it('plurals follow each language’s rules, Arabic’s six forms included', () => {
    expect(m.common_cards_count({ count: 1 }, { locale: 'en' })).toBe('1 card');
    expect(m.common_cards_count({ count: 3 }, { locale: 'es' })).toBe('3 tarjetas');
    expect(m.common_cards_count({ count: 0 }, { locale: 'ar' })).toBe('لا بطاقات');
    expect(m.common_cards_count({ count: 2 }, { locale: 'ar' })).toBe('بطاقتان');
    expect(m.common_cards_count({ count: 5 }, { locale: 'ar' })).toBe('5 بطاقات');
    expect(m.common_cards_count({ count: 11 }, { locale: 'ar' })).toBe('11 بطاقة');
  });

  it('the pseudo-locale is accented and about 40% longer, placeholders intact', () => {
    const english = m.common_could_not_start({ reason: 'X' }, { locale: 'en' });
    const pseudo = m.common_could_not_start({ reason: 'X' }, { locale: 'en-XA' });
    expect(pseudo).not.toBe(english);
    expect(pseudo).toMatch(/X$/);
    expect(pseudo.length / english.length).toBeGreaterThan(1.3);
  });
});

describe('the printed ground rules a workshop falls back on', () => {
  it.each([
    ['en', /risk of harm/],
    ['es', /riesgo de sufrir daño/],
    ['ar', /خطر الأذى/],
  ] as const)('%s: confidentiality names its limit, and the right to pass is there', (locale, limit) => {
    const rules = defaultGroundRules(locale).join(' ');
    expect(rules).toMatch(limit);
    expect(rules).toContain(m.handouts_ground_rule_pass({}, { locale }));
  });
});
