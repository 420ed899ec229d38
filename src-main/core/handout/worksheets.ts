import type { Activity, ActivityOf } from '../workshop/activity-schema';
import type { Workshop } from '../workshop/workshop-schema';
import { GROUPING_LABELS, KIND_LABELS } from '../workshop/kinds';
import { SECTION_TITLES } from '../workshop/sections';
import { textBlocks, type TextBlock } from './text-blocks';

/**
 * What a participant's worksheet holds, before any page geometry. Writing space is given
 * in lines so the writer can draw real ruled lines; the numbers are what a person needs
 * to answer in handwriting, not what fills the page.
 */
export type WorksheetBlock =
  /** Handout text from the template; its first line becomes a title when it reads like one. */
  | { kind: 'text'; title?: string; blocks: TextBlock[] }
  /** A question or prompt followed by ruled lines to write on. */
  | { kind: 'prompt'; text: string; lines: number }
  /** A scenario card: the situation, then its questions with lines. */
  | { kind: 'scenario'; title: string; situation: string; questions: { text: string; lines: number }[] }
  /** Card sort: the numbered cards and an empty grid with one column per category. */
  | { kind: 'sort-grid'; categories: string[]; cards: string[]; rows: number }
  /** Spectrum: one line per statement between the two poles, with marks to circle. */
  | { kind: 'spectrum'; left: string; right: string; statements: string[]; positions: number }
  /** Role play: the shared brief and one card per role. */
  | { kind: 'role-cards'; brief: string; roles: { name: string; brief: string }[] }
  /** Ruled lines with an optional label. `optional` ones may be left out to keep a worksheet on one page. */
  | { kind: 'lines'; label?: string; lines: number; optional?: boolean };

export interface Worksheet {
  activityId: string;
  /** 1-based position among the pack's worksheets. */
  number: number;
  title: string;
  kind: Activity['kind'];
  kindLabel: string;
  minutes: number;
  groupingLabel: string;
  sectionTitle: string;
  contentNote?: string;
  /** Every worksheet repeats what participants are asked to do. */
  instructions: string;
  blocks: WorksheetBlock[];
}

export const SPECTRUM_MARKS = 11;
const LINES_PER_QUESTION = 3;
const LINES_PER_PROMPT = 4;
const LINES_FOR_NOTES = 8;

/** Template authors open a handout with its title on a line of its own. */
function handoutText(handout: string): { title?: string; blocks: TextBlock[] } {
  const blocks = textBlocks(handout);
  const first = blocks[0];
  if (
    blocks.length > 1 &&
    first.kind === 'paragraph' &&
    !first.text.includes('\n') &&
    first.text.length <= 90 &&
    !/[.:]$/.test(first.text)
  ) {
    return { title: first.text.trim(), blocks: blocks.slice(1) };
  }
  return { blocks };
}

function kindBlocks(a: Activity, text: { blocks: TextBlock[] }): WorksheetBlock[] {
  switch (a.kind) {
    case 'scenario':
      return a.cards.map((c) => ({
        kind: 'scenario',
        title: c.title,
        situation: c.situation,
        questions: c.questions.map((q) => ({ text: q, lines: LINES_PER_QUESTION })),
      }));
    case 'card-sort':
      return [cardSortGrid(a)];
    case 'spectrum':
      return [
        {
          kind: 'spectrum',
          left: a.poles.left,
          right: a.poles.right,
          statements: a.statements.map((s) => s.text),
          positions: SPECTRUM_MARKS,
        },
        { kind: 'lines', label: 'What made you choose where you stood?', lines: LINES_PER_PROMPT, optional: true },
      ];
    case 'reflection': {
      // A numbered list in the handout that matches the prompts one to one is the paper wording
      // of those prompts: print it once, each item with its lines.
      const i = text.blocks.findIndex((b) => b.kind === 'list' && b.ordered && b.items.length === a.prompts.length);
      const list = i >= 0 ? text.blocks[i] : undefined;
      const prompts = list?.kind === 'list' ? list.items : a.prompts;
      if (i >= 0) text.blocks.splice(i, 1);
      return prompts.map((p) => ({ kind: 'prompt', text: p, lines: LINES_PER_PROMPT + 1 }));
    }
    case 'role-play':
      return [
        { kind: 'role-cards', brief: a.brief, roles: a.roles.map((r) => ({ name: r.name, brief: r.brief })) },
        ...a.observerQuestions.map((q): WorksheetBlock => ({ kind: 'prompt', text: q, lines: LINES_PER_QUESTION })),
      ];
    case 'discussion':
      return [
        { kind: 'prompt', text: a.prompt, lines: LINES_PER_PROMPT },
        ...a.questions.map((q): WorksheetBlock => ({ kind: 'prompt', text: q, lines: LINES_PER_QUESTION })),
      ];
    default:
      return [{ kind: 'lines', label: 'Your notes', lines: LINES_FOR_NOTES }];
  }
}

function cardSortGrid(a: ActivityOf<'card-sort'>): WorksheetBlock {
  // The answer key (card.category) is for the facilitator; the participant's grid stays empty.
  return {
    kind: 'sort-grid',
    categories: a.categories.map((c) => c.label),
    cards: a.cards.map((c) => c.text),
    rows: Math.max(3, Math.ceil(a.cards.length / a.categories.length) + 1),
  };
}

/** One worksheet per activity that has handout text, in agenda order. */
export function worksheetsOf(workshop: Pick<Workshop, 'activities'>): Worksheet[] {
  const sheets: Worksheet[] = [];
  for (const a of workshop.activities) {
    if (a.handout === undefined || a.handout.trim() === '') continue;
    const text = handoutText(a.handout);
    // Kind blocks first: a reflection may take its prompts' wording out of the handout text.
    const blocks = kindBlocks(a, text);
    sheets.push({
      activityId: a.id,
      number: sheets.length + 1,
      title: a.title,
      kind: a.kind,
      kindLabel: KIND_LABELS[a.kind],
      minutes: a.minutes,
      groupingLabel: GROUPING_LABELS[a.grouping],
      sectionTitle: SECTION_TITLES[a.section],
      ...(a.contentNote ? { contentNote: a.contentNote } : {}),
      instructions: a.instructions,
      blocks: [{ kind: 'text', ...text }, ...blocks],
    });
  }
  return sheets;
}
