import { describe, it, expect, beforeAll } from 'vitest';
import { renderHandoutSet, type HandoutResult } from '../../../src-main/services/handouts';
import { m, PSEUDO_LOCALE } from '../../../src-main/core/catalog/locale';
import { MAX_PACK_PAGES } from '../../../src-main/services/handouts/pack/compose-pack';
import { pageGeometry } from '../../../src-main/services/handouts/layout/theme';
import { builtInWorkshops } from './built-in';
import { poppler, squash, text } from './pdf-tools';

const SUPPORT = { contact: 'Dana Whitlow, pastoral lead, room 14', helpline: 'Family Line 0800 555 0199', website: 'support.example.org' };
const says = { locale: PSEUDO_LOCALE };

/** Every word's box lies inside the page's side margins (a point of slack) and above its bottom edge. */
function expectInsidePages(pdf: Buffer): void {
  const { margin } = pageGeometry('a4');
  const html = poppler('pdftotext', pdf, ['-bbox']);
  for (const page of html.split('<page ').slice(1)) {
    const w = Number(/width="([\d.]+)"/.exec(page)![1]);
    const h = Number(/height="([\d.]+)"/.exec(page)![1]);
    for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g)) {
      const [xMin, , xMax, yMax] = m.slice(1, 5).map(Number);
      expect(xMin, m[5]).toBeGreaterThanOrEqual(margin.left - 1);
      expect(xMax, m[5]).toBeLessThanOrEqual(w - margin.right + 1);
      expect(yMax, m[5]).toBeLessThanOrEqual(h - 20);
    }
  }
}

// The pseudo-locale's fixed words are about 40% longer than English: a label that only just fits in
// English shows up here as text running out of its column or off the page.
describe.each(
  builtInWorkshops()
    .filter((w) => w.lang === 'en')
    .map((w) => [w.id, w] as const),
)('the fixed words of %s in the pseudo-locale', (_id, workshop) => {
  let pack: HandoutResult;
  let guide: HandoutResult;
  beforeAll(async () => {
    pack = await renderHandoutSet('pack', workshop, { support: SUPPORT, wordsLocale: PSEUDO_LOCALE });
    guide = await renderHandoutSet('guide', workshop, { start: '18:30', wordsLocale: PSEUDO_LOCALE });
  });

  it('prints the pack in the pseudo-locale, in six pages, every word inside the margins', () => {
    const all = squash(text(pack.pdf));
    expect(all).toContain(squash(m.handouts_support_title({}, says)));
    expect(all).not.toContain(squash('Where to get support'));
    expect(pack.pageCount).toBeLessThanOrEqual(MAX_PACK_PAGES);
    expect(pack.missingCharacters).toEqual([]);
    expectInsidePages(pack.pdf);
  });

  it('prints the guide in the pseudo-locale, every word inside the margins', () => {
    const all = squash(text(guide.pdf));
    expect(all).toContain(squash(m.handouts_guide_run_sheet({}, says)));
    expect(all).toContain(squash(m.handouts_disclosure_title({}, says)));
    expect(guide.missingCharacters).toEqual([]);
    expectInsidePages(guide.pdf);
  });
});
