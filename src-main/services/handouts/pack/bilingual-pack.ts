import { secondLanguageOf } from '../../../core/handout/bilingual';
import type { BilingualLayout, HandoutOptions } from '../../../core/handout/handout-options';
import { handoutPackContent, type HandoutPackContent } from '../../../core/handout/handout-pack';
import { withChosenCards } from '../../../core/handout/scenario-choice';
import { choiceProblems } from '../../../core/session/scenario-cards';
import { banksInLanguage, type ScenarioBank } from '../../../core/workshop/bank-schema';
import type { Workshop } from '../../../core/workshop/workshop-schema';
import type { ComparisonContent, KeyIdea, KeyIdeasContent } from '../../../core/handout/key-ideas';
import type { Worksheet } from '../../../core/handout/worksheets';
import { directionOf } from '../../../core/workshop/language';
import { catalogLocale } from '../../../core/catalog/locale';
import type { Composer } from '../layout/composer';
import { dataTable } from '../layout/data-table';
import { paginate } from '../layout/paginate';
import { stack, type Mark, type Paint, type Slice, type StructNode } from '../layout/display-list';
import { COLORS, TYPE, type TypeStyle } from '../layout/theme';
import { composeActionPlan } from './action-plan-page';
import { composeFitted, MAX_PACK_PAGES } from './compose-pack';
import { composeCover } from './cover-page';
import { composeKeyIdeas } from './key-ideas-page';
import { composeSupport } from './support-box';
import type { Roominess } from './worksheet-blocks';
import { composeWorksheet } from './worksheet-pages';

/** One language's participant pack: its content and the language it is written in (BCP 47). */
export interface PackInLanguage {
  lang: string;
  content: HandoutPackContent;
}

/**
 * The second language's pack for `also`: the translation of `source` in that language, found among
 * `candidates` (every workshop there is). Scenario cards chosen for the first language are chosen in
 * the second too wherever the translation has the same activity and cards. Throws a
 * TranslationChoiceError when the family lacks the language.
 */
export function secondLanguagePack(
  source: Workshop,
  also: string,
  options: HandoutOptions,
  banks: readonly ScenarioBank[],
  candidates: readonly Workshop[],
): PackInLanguage {
  const translation = secondLanguageOf(source, also, candidates);
  const own = banksInLanguage(banks, translation.lang);
  const choice = Object.fromEntries(
    Object.entries(options.scenarioCards ?? {}).filter(
      ([id, cards]) =>
        choiceProblems(
          translation.activities.find((a) => a.id === id),
          cards,
          own,
        ).length === 0,
    ),
  );
  const workshop = withChosenCards(translation, choice, own);
  return { lang: workshop.lang, content: handoutPackContent(workshop, options) };
}

/** Two packs in one: twice the pages of one. */
export const MAX_BILINGUAL_PAGES = 2 * MAX_PACK_PAGES;

/**
 * One participant pack in two languages of the same workshop. Each part (cover with ground rules,
 * key ideas with the comparison table, each worksheet, the action plan) is printed in the first
 * language and then in the second; with `side-by-side` the key ideas and the comparison table are
 * set in two columns instead, one per language, and the other parts follow one after the other.
 * Every part's structure carries its own language, so screen readers switch voice with it.
 */
export function composeBilingualPack(c: Composer, first: PackInLanguage, second: PackInLanguage, layout: BilingualLayout): void {
  composeFitted(c, MAX_BILINGUAL_PAGES, (room) => {
    const start = c.blocks.length;
    const sheets = composeBoth(c, first, second, layout, room);
    avoidBadSplits(c, start, sheets);
  });
}

/** Blocks `from` to `to` (exclusive) of the composer: one worksheet or action plan in one language. */
interface PartRange {
  from: number;
  to: number;
  /** A spectrum's lines make sense only under its poles, printed once above them: never split it when it fits a page. */
  fragile: boolean;
}

/**
 * Twice the worksheets means more of them start low on a page. One that would leave its last few
 * lines overleaf, or only its title and instructions on the page it starts, or a spectrum split at
 * all (the statements overleaf would have no poles above them), is moved whole to the next page
 * instead, when it fits on one and the page it leaves is at least 30% full.
 */
function avoidBadSplits(c: Composer, start: number, parts: PartRange[]): void {
  const height = c.page.contentHeight;
  const open = [...parts];
  for (let pass = 0; pass < parts.length; pass++) {
    const where = new Map<Slice, { page: number; y: number }>();
    paginate(c.blocks.slice(start), height).forEach((page, i) => page.slices.forEach((p) => where.set(p.slice, { page: i, y: p.y })));
    const bad = open.findIndex(({ from, to, fragile }) => {
      const placed = c.blocks
        .slice(from, to)
        .flatMap((b) => b.slices)
        .flatMap((slice) => {
          const at = where.get(slice);
          return at ? [{ ...at, height: slice.height }] : [];
        });
      const first = placed[0];
      const last = placed[placed.length - 1];
      if (!first || !last || first.page === last.page) return false;
      const total = placed.reduce((sum, p) => sum + p.height, 0);
      const sum = (page: number) => placed.filter((p) => p.page === page).reduce((n, p) => n + p.height, 0);
      const little = fragile || Math.min(sum(first.page), sum(last.page)) < total / 3;
      return total <= height * 0.95 && little && first.y >= height * 0.3;
    });
    if (bad < 0) return;
    keepWhole(c, open[bad].from, open[bad].to);
    open.splice(bad, 1);
  }
}

/** Space above a part that follows another on the same page (a page title has none of its own). */
const PART_GAP = 30;

/**
 * Runs `compose` in a language and marks what it added: the new top-level structure gets `lang`, and the first
 * new block starts a page when `newPage` is set, or else keeps some space from what is above it.
 */
function inLanguage(c: Composer, lang: string, compose: () => void, newPage = false): void {
  const blocks = c.blocks.length;
  const nodes = c.root.children.length;
  // The layout's own words (headings, labels, list sides) speak the part's language while it is laid out.
  const { words, direction } = c;
  c.words = catalogLocale(lang);
  c.direction = directionOf(lang);
  try {
    compose();
  } finally {
    c.words = words;
    c.direction = direction;
  }
  for (const node of c.root.children.slice(nodes)) node.options.lang = lang;
  const head = c.blocks[blocks];
  if (!head) return;
  if (newPage) head.newPage = true;
  else if (!head.newPage && head.spaceBefore === 0) head.spaceBefore = PART_GAP;
}

/** Worksheets in print order: each of the first language's, then the same activity's in the second. */
function pairedSheets(first: PackInLanguage, second: PackInLanguage): { sheet: Worksheet; pack: PackInLanguage }[] {
  const out: { sheet: Worksheet; pack: PackInLanguage }[] = [];
  const rest = [...second.content.worksheets];
  for (const sheet of first.content.worksheets) {
    out.push({ sheet, pack: first });
    const i = rest.findIndex((s) => s.activityId === sheet.activityId);
    if (i >= 0) out.push({ sheet: rest.splice(i, 1)[0], pack: second });
  }
  // A translation with a worksheet of its own: after the pairs.
  return [...out, ...rest.map((sheet) => ({ sheet, pack: second }))];
}

/**
 * Lays out both languages; returns where each worksheet and action plan is among the blocks.
 * Languages written the same way (English and Spanish) share pages: each worksheet is followed by
 * its translation. Languages written in opposite directions (English and Arabic) never share a page
 * in this layout: each language's key ideas, then each language's worksheets with its action plan,
 * every change of direction on a fresh page, so each page reads from one side.
 */
function composeBoth(c: Composer, first: PackInLanguage, second: PackInLanguage, layout: BilingualLayout, room: Roominess): PartRange[] {
  const packs = [first, second];
  const mixed = directionOf(first.lang) !== directionOf(second.lang);
  const hasCover = first.content.cover !== undefined;
  // Each cover on its own page; what follows the covers starts on a fresh page, as in a pack in one language.
  let fresh = false;
  let lastLang: string | null = null;
  const part = (p: PackInLanguage, compose: (newPage: boolean) => void) => {
    const turn = mixed && lastLang !== null && directionOf(lastLang) !== directionOf(p.lang);
    const newPage = fresh || turn;
    inLanguage(c, p.lang, () => compose(newPage), newPage);
    fresh = false;
    lastLang = p.lang;
  };
  for (const p of packs) {
    const { cover, support } = p.content;
    // Without covers the two support boxes open the pack together, whatever their direction.
    if (cover) part(p, () => composeCover(c, cover, support));
    else inLanguage(c, p.lang, () => composeSupport(c, support, 0));
    fresh = hasCover;
  }

  const ideasOnly = (p: PackInLanguage) => {
    const content = p.content.keyIdeas;
    if (!content || content.ideas.length === 0) return;
    const { comparison: _table, ...only } = content;
    part(p, (newPage) => composeKeyIdeas(c, only, p.content.workshopTitle, newPage));
  };
  const table = (p: PackInLanguage) => {
    const comparison = p.content.keyIdeas?.comparison;
    if (comparison) part(p, (newPage) => composeComparison(c, comparison, p.content.workshopTitle, newPage));
  };
  const ideas = packs.map((p) => p.content.keyIdeas);
  if (layout === 'side-by-side' && ideas[0] && ideas[1]) {
    composeKeyIdeasSideBySide(c, [first, second], [ideas[0], ideas[1]], fresh);
    fresh = false;
    lastLang = null;
  } else if (mixed) {
    // Each language's key ideas with its own comparison table.
    for (const p of packs) {
      ideasOnly(p);
      table(p);
    }
  } else {
    // The key ideas in one language and the other, then the two comparison tables, each kept whole.
    packs.forEach(ideasOnly);
    packs.forEach(table);
  }

  const sheets: PartRange[] = [];
  const sheet = (p: PackInLanguage, s: Worksheet) => {
    const from = c.blocks.length;
    const { worksheets, workshopTitle } = p.content;
    part(p, (newPage) => composeWorksheet(c, s, worksheets.length, workshopTitle, room, newPage));
    sheets.push({ from, to: c.blocks.length, fragile: s.blocks.some((b) => b.kind === 'spectrum') });
  };
  const plan = (p: PackInLanguage) => {
    const content = p.content.actionPlan;
    if (!content) return;
    const from = c.blocks.length;
    part(p, () => composeActionPlan(c, content, p.content.workshopTitle, room));
    sheets.push({ from, to: c.blocks.length, fragile: false });
  };
  if (mixed) {
    for (const p of packs) {
      for (const s of p.content.worksheets) sheet(p, s);
      plan(p);
    }
  } else {
    for (const { sheet: s, pack } of pairedSheets(first, second)) sheet(pack, s);
    packs.forEach(plan);
  }
  return sheets;
}

/** The comparison table as its own part: its title, its introduction and the table, kept on one page. */
function composeComparison(c: Composer, table: ComparisonContent, workshopTitle: string, newPage: boolean): void {
  const start = c.blocks.length;
  const sect = c.heading(c.root, 2, table.title, { spaceBefore: 18, header: workshopTitle, newPage, outline: 0 });
  c.paragraph(sect, table.intro, TYPE.body, { spaceBefore: 3 });
  dataTable(
    c,
    sect,
    [
      { header: table.columns.aspect, share: 0.24 },
      { header: table.columns.autonomy, share: 0.38 },
      { header: table.columns.attachment, share: 0.38 },
    ],
    table.rows.map((r) => [r.aspect, r.autonomy, r.attachment]),
    { rowHeaders: true, spaceBefore: 10, rightToLeft: directionOf(table.lang) === 'rtl' },
  );
  keepWhole(c, start);
}

/** The blocks from `start` on stay on one page when they fit on one. */
function keepWhole(c: Composer, start: number, end = c.blocks.length): void {
  const blocks = c.blocks.slice(start, end);
  blocks.forEach((b, i) => (i < blocks.length - 1 ? (b.keepWithNext = true) : (b.keepTogether = true)));
}

const GUTTER = 18;

const alignOf = (lang: string): 'left' | 'right' => (directionOf(lang) === 'rtl' ? 'right' : 'left');

/** Two columns, one per language: the first language on the side its script starts from. */
interface Columns {
  width: number;
  x: [number, number];
  sects: [StructNode, StructNode];
  /** Each column's lines start from its language's side, whatever script a line begins with. */
  align: ['left' | 'right', 'left' | 'right'];
}

/** Line by line side by side: slice i of the left column next to slice i of the right, so a page can break between lines. */
function zip(a: readonly Slice[], b: readonly Slice[]): Slice[] {
  return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => ({
    height: Math.max(a[i]?.height ?? 0, b[i]?.height ?? 0),
    marks: [...(a[i]?.marks ?? []), ...(b[i]?.marks ?? [])],
  }));
}

const gap = (height: number): Slice => ({ height, marks: [] });

function ideaSlices(c: Composer, parent: StructNode, idea: KeyIdea, x: number, width: number, align: 'left' | 'right'): Slice[] {
  const sect = parent.add('Sect');
  const slices = [...c.lines(sect.add('H2'), idea.title, TYPE.h2, width, { x, align })];
  if (idea.text) slices.push(gap(3), ...c.lines(sect.add('P'), idea.text, TYPE.body, width, { x, align }));
  if (idea.points.length > 0) {
    c.listSlices(sect, idea.points, false, TYPE.body, width, x).forEach((item, i) => slices.push(gap(i === 0 ? 4 : 3), ...item));
  }
  return slices;
}

function composeKeyIdeasSideBySide(
  c: Composer,
  packs: [PackInLanguage, PackInLanguage],
  content: [KeyIdeasContent, KeyIdeasContent],
  newPage: boolean,
): void {
  const width = (c.width - GUTTER) / 2;
  const rtlFirst = directionOf(packs[0].lang) === 'rtl';
  const cols: Columns = {
    width,
    x: rtlFirst ? [width + GUTTER, 0] : [0, width + GUTTER],
    sects: [c.root.add('Sect', { lang: packs[0].lang }), c.root.add('Sect', { lang: packs[1].lang })],
    align: [alignOf(packs[0].lang), alignOf(packs[1].lang)],
  };
  const both = <T>(f: (side: 0 | 1) => T): [T, T] => [f(0), f(1)];
  const titles = both((s) => packs[s].content.workshopTitle);
  const headings = both((s) => c.lines(cols.sects[s].add('H1'), content[s].title, TYPE.h1, width, { x: cols.x[s], align: cols.align[s] }));
  c.push({
    slices: zip(...headings),
    spaceBefore: 0,
    keepWithNext: true,
    ...(newPage ? { newPage: true } : {}),
    outline: { title: `${content[0].title} · ${content[1].title}`, level: 0 },
    header: `${titles[0]} · ${titles[1]}`,
  });
  const count = Math.max(content[0].ideas.length, content[1].ideas.length);
  for (let i = 0; i < count; i++) {
    const sides = both((s) => {
      const idea = content[s].ideas[i];
      return idea ? ideaSlices(c, cols.sects[s], idea, cols.x[s], width, cols.align[s]) : [];
    });
    c.push({ slices: zip(...sides), spaceBefore: i === 0 ? 10 : 14, keepTogether: true });
  }
  const tables = both((s) => content[s].comparison);
  if (tables[0] || tables[1]) comparisonSideBySide(c, cols, tables);
}

const CELL_X = 5;
const CELL_Y = 4;
const SHARES = [0.3, 0.35, 0.35];

/**
 * The comparison table in both languages, each in its own column with its own tags: an aspect's
 * row in one language sits level with the same row in the other, and a row is never split.
 */
function comparisonSideBySide(c: Composer, cols: Columns, tables: [ComparisonContent | undefined, ComparisonContent | undefined]): void {
  const start = c.blocks.length;
  const sides = [0, 1] as const;
  const parts = sides.map((s) => (tables[s] ? cols.sects[s].add('Sect') : null));
  const h2 = sides.map((s) =>
    tables[s] ? c.lines(parts[s]!.add('H2'), tables[s].title, TYPE.h2, cols.width, { x: cols.x[s], align: cols.align[s] }) : [],
  );
  c.push({ slices: zip(h2[0], h2[1]), spaceBefore: 18, keepWithNext: true });
  const intro = sides.map((s) =>
    tables[s] ? c.lines(parts[s]!.add('P'), tables[s].intro, TYPE.body, cols.width, { x: cols.x[s], align: cols.align[s] }) : [],
  );
  c.push({ slices: zip(intro[0], intro[1]), spaceBefore: 3, keepWithNext: true });

  const tags = sides.map((s) => parts[s]?.add('Table') ?? null);
  const cellStyle: TypeStyle = { ...TYPE.body, size: 9, leading: 13 };
  const headStyle: TypeStyle = { ...TYPE.label, color: COLORS.accent };
  const row = (cells: [string[] | null, string[] | null], kind: 'header' | 'body'): Slice => {
    const stacks = sides.map((s) => {
      const texts = cells[s];
      const table = tables[s];
      if (!texts || !table || !tags[s]) return [];
      const tr = tags[s].add('TR');
      const rtl = directionOf(table.lang) === 'rtl';
      const widths = SHARES.map((share) => share * cols.width);
      return texts.map((text, i) => {
        const fromStart = widths.slice(0, i).reduce((sum, w) => sum + w, 0);
        const x = cols.x[s] + (rtl ? cols.width - fromStart - widths[i] : fromStart);
        const isHeader = kind === 'header' || i === 0;
        const cell = tr.add(isHeader ? 'TH' : 'TD', isHeader ? { scope: kind === 'header' ? 'Column' : 'Row' } : {});
        const style = kind === 'header' ? headStyle : i === 0 ? { ...cellStyle, face: 'semibold' as const } : cellStyle;
        const lines = c.lines(cell, text, style, widths[i] - CELL_X * 2, { x: x + CELL_X, align: rtl ? 'right' : 'left' });
        return stack([gap(CELL_Y), ...lines, gap(CELL_Y)]);
      });
    });
    const height = Math.max(0, ...stacks.flat().map((st) => st.height));
    const decoration: Mark = {
      artifact: 'Layout',
      paints: sides.flatMap((s): Paint[] => {
        if (stacks[s].length === 0) return [];
        const x = cols.x[s];
        if (kind === 'header') return [{ op: 'rect', x, y: 0, w: cols.width, h: height, fill: COLORS.accentSoft }];
        return [{ op: 'line', x1: x, y1: height, x2: x + cols.width, y2: height, width: 0.5, color: COLORS.rule }];
      }),
    };
    return { height, marks: [decoration, ...stacks.flat().flatMap((st) => st.marks)] };
  };
  const columnsOf = (t: ComparisonContent | undefined) => (t ? [t.columns.aspect, t.columns.autonomy, t.columns.attachment] : null);
  c.push({ slices: [row([columnsOf(tables[0]), columnsOf(tables[1])], 'header')], spaceBefore: 10, keepWithNext: true });
  const count = Math.max(tables[0]?.rows.length ?? 0, tables[1]?.rows.length ?? 0);
  const cellsOf = (t: ComparisonContent | undefined, i: number) => {
    const r = t?.rows[i];
    return r ? [r.aspect, r.autonomy, r.attachment] : null;
  };
  c.push({
    slices: Array.from({ length: count }, (_, i) => row([cellsOf(tables[0], i), cellsOf(tables[1], i)], 'body')),
    spaceBefore: 0,
  });
  keepWhole(c, start);
}
