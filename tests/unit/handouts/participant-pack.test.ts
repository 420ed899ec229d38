import { describe, it, expect, beforeAll } from 'vitest';
import { renderHandoutPack, type HandoutResult } from '../../../src-main/services/handouts';
import { pageGeometry } from '../../../src-main/services/handouts/layout/theme';
import { groundRulesOf } from '../../../src-main/core/handout/ground-rules';
import { keyIdeasOf } from '../../../src-main/core/handout/key-ideas';
import { handoutPackContent } from '../../../src-main/core/handout/handout-pack';
import { handoutOptionsSchema } from '../../../src-main/core/handout/handout-options';
import { comparisonTableFor } from '../../../src-main/core/workshop/comparison-table';
import { builtInWorkshops } from './built-in';
import { info, pageFills, pageTexts, squash as squashSpaces, lettersOf, text } from './pdf-tools';
import { directionOf } from '../../../src-main/core/workshop/language';
import { catalogLocale, m } from '../../../src-main/core/catalog/locale';

const SUPPORT = { contact: 'Dana Whitlow, pastoral lead, room 14', helpline: 'Family Line 0800 555 0199', website: 'support.example.org' };

describe.each(builtInWorkshops().map((w) => [w.id, w] as const))('the participant pack of %s', (_id, workshop) => {
  // Right-to-left text is compared letter by letter: poppler moves neutral punctuation between its words.
  const squash = directionOf(workshop.lang) === 'rtl' ? lettersOf : squashSpaces;
  // The fixed words speak the workshop's language.
  const locale = catalogLocale(workshop.lang);
  const says = { locale };
  const packs: Partial<Record<'a4' | 'letter', HandoutResult>> = {};
  beforeAll(async () => {
    packs.a4 = await renderHandoutPack(workshop, { paper: 'a4', support: SUPPORT });
    packs.letter = await renderHandoutPack(workshop, { paper: 'letter', support: SUPPORT });
  });

  it.each(['a4', 'letter'] as const)('fits in six pages on %s, every page but the last at least a third full', (paper) => {
    const pdf = packs[paper]!.pdf;
    expect(Number(info(pdf).Pages)).toBeLessThanOrEqual(6);
    const geo = pageGeometry(paper);
    const fills = pageFills(pdf);
    fills.slice(0, -1).forEach((f, i) => {
      const used = f.textBottom - geo.margin.top;
      expect(used, `page ${i + 1} of ${fills.length} holds ${Math.round(used)} pt of text`).toBeGreaterThanOrEqual(geo.contentHeight / 3);
    });
  });

  it.each(['a4', 'letter'] as const)('never splits a scenario card across pages (%s)', (paper) => {
    const pages = pageTexts(packs[paper]!.pdf).map(squash);
    for (const a of workshop.activities) {
      if (a.kind !== 'scenario' || !a.handout) continue;
      for (const card of a.cards) {
        const parts = [card.title, card.situation, ...(card.perspectives ?? []).flatMap((p) => [p.label, p.text])].map(squash);
        const page = pages.findIndex((p) => p.includes(parts[1]));
        expect(page, `the situation of "${card.title}" is whole on one page`).toBeGreaterThanOrEqual(0);
        for (const part of parts) expect(pages[page], `"${card.title}" keeps its points of view on its page`).toContain(part);
      }
    }
  });

  it('prints the support from the setting, the ground rules, key ideas and one action plan', () => {
    const all = squash(text(packs.a4!.pdf));
    for (const v of Object.values(SUPPORT)) expect(all).toContain(squash(v));
    expect(all).toContain(squash(m.handouts_support_title({}, says)));
    for (const rule of groundRulesOf(workshop, locale)) expect(all).toContain(squash(rule));
    expect(all).toContain(squash(m.handouts_key_ideas({}, says)));
    for (const idea of keyIdeasOf(workshop, locale).ideas) expect(all).toContain(squash(idea.title));
    const content = handoutPackContent(workshop, handoutOptionsSchema.parse({}));
    expect(content.worksheets.filter((s) => s.isActionPlan).length + (content.actionPlan ? 1 : 0), 'one action plan').toBe(1);
    // The general plan only stands in for a workshop that ends without a plan of its own.
    if (content.actionPlan) for (const s of content.worksheets) expect(s.title).not.toMatch(/\bplan\b|next step/i);
    const plan = content.worksheets.find((x) => x.isActionPlan)?.title ?? content.actionPlan!.title;
    expect(all).toContain(squash(plan));
  });

  it('prints the comparison table only when the workshop teaches with it', () => {
    const all = squash(text(packs.a4!.pdf));
    const uses = workshop.activities.some((a) => a.kind === 'teach' && a.showComparisonTable);
    const row = comparisonTableFor(workshop.lang).rows[3];
    expect(all.includes(squash(`${row.aspect}`)) && all.includes(squash(row.autonomy))).toBe(uses);
  });

  it('speaks to participants in its content note, not to the facilitator', () => {
    const cover = pageTexts(packs.a4!.pdf)[0];
    expect(squash(cover)).toContain(squash(m.handouts_before_we_start({}, says)));
    expect(squash(cover)).toContain(squash(m.handouts_content_note_you_decide({}, says)));
    expect(cover).not.toMatch(/offer the right to pass/i);
  });
});
