import { m } from '../../../core/catalog/locale';
import type { CardsContent } from '../../../core/handout/cut-cards';
import type { Composer } from '../layout/composer';
import { stack, type Slice } from '../layout/display-list';
import { scenarioCardSlice } from '../layout/scenario-card';
import { COLORS, TYPE, type TypeStyle } from '../layout/theme';
import { cutGrid } from './cut-grid';

const STATEMENT: TypeStyle = { face: 'semibold', size: 13, leading: 17, color: COLORS.ink };
const HEADING: TypeStyle = { face: 'semibold', size: 20, leading: 24, color: COLORS.ink };
const SIGN: TypeStyle = { face: 'semibold', size: 54, leading: 62, color: COLORS.ink };
const PAD = 12;

/** The print-and-cut set: card-sort sets (one per pair), scenario cards, role cards, spectrum end signs. */
export function composeCards(c: Composer, cards: CardsContent): void {
  const says = c.says;
  const sets = (count: number) => m.handouts_cards_sets({ count }, says);
  const intro = c.root.add('Sect');
  c.push({ slices: c.lines(intro.add('P'), m.handouts_cards_kicker({}, says), TYPE.kicker, c.width), spaceBefore: 0, header: null });
  c.push({ slices: c.lines(intro.add('H1'), cards.workshopTitle, TYPE.title, c.width), spaceBefore: 6 });
  const what = [
    ...cards.sortSets.map((s) =>
      m.handouts_cards_sort_line(
        {
          title: s.activityTitle,
          sets: sets(s.sets),
          cards: m.handouts_cards_cards({ count: s.statements.length }, says),
          headings: m.handouts_cards_heading_cards({ count: s.headings.length }, says),
        },
        says,
      ),
    ),
    ...cards.scenarioCards.map((s) =>
      m.handouts_cards_scenario_line(
        { title: s.activityTitle, cards: m.handouts_cards_scenario_cards({ count: s.cards.length }, says) },
        says,
      ),
    ),
    ...cards.roleCards.map((r) =>
      m.handouts_cards_role_line(
        { title: r.activityTitle, sets: sets(r.groups), cards: m.handouts_cards_role_cards({ count: r.roles.length }, says) },
        says,
      ),
    ),
    ...cards.spectrumSigns.map((s) => m.handouts_cards_sign_line({ title: s.activityTitle }, says)),
  ];
  c.paragraph(intro, m.handouts_cards_intro({ count: cards.participants }, says), TYPE.body, { spaceBefore: 10 });
  c.list(intro, what.length ? what : [m.handouts_cards_none({}, says)], false, TYPE.body, 8);

  // The first group of cards starts under the list, so the first page is not left nearly empty;
  // every later group starts a page of its own, so groups can be cut and handed out apart.
  let fresh = true;
  const opening = (title: string, header: string): { newPage?: boolean; header: string } => {
    if (!fresh) return { newPage: true, header };
    fresh = false;
    c.push({ slices: c.lines(c.root.add('H2'), title, TYPE.h2, c.width), spaceBefore: 22, keepWithNext: true });
    return { header };
  };

  for (const sort of cards.sortSets) {
    // Sets follow one another without a page break; every card says which set it belongs to.
    const one = [...sort.headings.map((h) => ({ text: h, heading: true })), ...sort.statements.map((t) => ({ text: t, heading: false }))];
    const all = Array.from({ length: sort.sets }, (_, k) => one.map((card) => ({ ...card, set: k + 1 }))).flat();
    const sect = c.root.add('Sect', { title: sort.activityTitle });
    const rows = Math.max(1, Math.floor(c.page.contentHeight / 100));
    const cell = Math.floor(c.page.contentHeight / rows);
    cutGrid(
      c,
      all.length,
      3,
      cell,
      (i, x, w) => {
        const card = all[i];
        const at = { x: x + PAD, align: 'center' as const };
        const footText = card.heading
          ? m.handouts_cards_pile_foot({ set: card.set }, says)
          : m.handouts_cards_card_foot({ set: card.set }, says);
        const foot = c.lines(null, footText, TYPE.small, w - PAD * 2, at);
        // A long statement steps down in size until it fits its card, never below 10 pt.
        const room = cell - PAD * 2 - 8 - TYPE.small.leading;
        let style = card.heading ? HEADING : STATEMENT;
        let body = c.lines(sect.add('P'), card.text, style, w - PAD * 2, at);
        while (stack(body).height > room && style.size > 10) {
          style = { ...style, size: style.size - 1, leading: style.leading - 1.2 };
          body = c.lines(sect.add('P'), card.text, style, w - PAD * 2, at);
        }
        return stack([...body, { height: 8, marks: [] }, ...foot]);
      },
      opening(sort.activityTitle, m.handouts_cards_sort_header({ title: sort.activityTitle, sets: sets(sort.sets) }, says)),
    );
  }

  for (const group of cards.scenarioCards) {
    group.cards.forEach((card, i) => {
      const start = i === 0 ? opening(group.activityTitle, group.activityTitle) : {};
      const sect = c.root.add('Sect');
      const slice = scenarioCardSlice(c, sect, card, c.width, 1.25);
      c.push({ slices: [slice], spaceBefore: 28, keepTogether: true, ...start });
    });
  }

  for (const play of cards.roleCards) {
    for (let g = 1; g <= play.groups; g++) {
      play.roles.forEach((role, i) => {
        const title = m.handouts_cards_group_of({ title: play.activityTitle, group: g, groups: play.groups }, says);
        const start = i === 0 ? opening(title, title) : {};
        const sect = c.root.add('Sect');
        const inner = c.width - PAD * 2 - 8;
        const body = stack(
          [
            { height: PAD, marks: [] },
            ...c.lines(sect.add('P'), m.handouts_cards_role_kicker({ group: g }, says), TYPE.kicker, inner),
            ...c.lines(sect.add('H2'), role.name, HEADING, inner),
            { height: 6, marks: [] },
            ...c.lines(sect.add('P'), role.brief, { ...TYPE.lead, size: 13, leading: 19 }, inner),
            { height: 10, marks: [] },
            ...c.lines(sect.add('P'), m.handouts_cards_situation({ text: play.situation }, says), TYPE.note, inner),
            { height: PAD, marks: [] },
          ],
          PAD + 4,
        );
        const frame: Slice = {
          height: body.height,
          marks: [
            {
              artifact: 'Layout',
              paints: [{ op: 'rect', x: 0.5, y: 0.5, w: c.width - 1, h: body.height - 1, stroke: COLORS.ink, lineWidth: 1.2, radius: 6 }],
            },
            ...body.marks,
          ],
        };
        c.push({
          slices: [frame],
          spaceBefore: 24,
          keepTogether: true,
          ...start,
        });
      });
    }
  }

  for (const sign of cards.spectrumSigns) {
    for (const [end, label] of [
      [m.handouts_cards_sign_one_end({ title: sign.activityTitle }, says), sign.left],
      [m.handouts_cards_sign_other_end({ title: sign.activityTitle }, says), sign.right],
    ] as const) {
      const sect = c.root.add('Sect');
      const big = stack(c.lines(sect.add('H1'), label, SIGN, c.width, { align: 'center' }));
      const note = stack(c.lines(null, end, TYPE.small, c.width, { align: 'center' }));
      const top = Math.max(0, (c.page.contentHeight - big.height) / 2 - 40);
      c.push({ slices: [{ height: top, marks: [] }], spaceBefore: 0, newPage: true, header: null });
      c.push({ slices: [big], spaceBefore: 0, keepTogether: true });
      c.push({ slices: [note], spaceBefore: 24 });
    }
  }
}
