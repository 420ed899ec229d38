import type { Composer } from './composer';
import { stack, type Mark, type Slice, type StructNode } from './display-list';
import { COLORS, TYPE, type TypeStyle } from './theme';

export interface ScenarioCardText {
  title: string;
  situation: string;
  perspectives: readonly { label: string; text: string }[];
  questions?: readonly string[];
}

const scaled = (s: TypeStyle, k: number): TypeStyle => ({ ...s, size: s.size * k, leading: s.leading * k });

/**
 * A scenario card in a frame, kept whole: its title, the situation, both points of view side by
 * side (stacked when the card is narrow) and, in the pack, its questions. `scale` 1 is worksheet
 * size; the cut-out cards use a larger one so they read across a table.
 */
export function scenarioCardSlice(
  c: Composer,
  parent: StructNode,
  card: ScenarioCardText,
  width: number,
  scale = 1,
  opts: { runInQuestions?: boolean } = {},
): Slice {
  const sect = parent.add('Sect');
  const pad = 10 * scale;
  const inner = width - pad * 2;
  const body = scaled(TYPE.body, scale);
  const parts: Slice[] = [
    ...c.lines(sect.add('H2'), card.title, { ...scaled(TYPE.h2, scale), color: COLORS.ink }, inner),
    { height: 3 * scale, marks: [] },
    ...c.lines(sect.add('P'), card.situation, body, inner),
  ];
  if (card.perspectives.length > 0) {
    const gap = 14 * scale;
    const side = card.perspectives.length > 1 && inner > 320;
    const w = side ? (inner - gap) / 2 : inner;
    const views = card.perspectives.map((p, i) => {
      const node = sect.add('Div');
      const textX = c.fromStart(10, w - 10, w);
      const label = c.lines(node.add('P'), p.label, { ...scaled(TYPE.bodyStrong, scale), color: COLORS.accent }, w - 10, { x: textX });
      const text = c.lines(node.add('P'), p.text, { ...body, face: 'italic' }, w - 10, { x: textX });
      const v = stack([...label, ...text]);
      // A rule down the start edge marks each voice; it prints in black and white.
      const ruleX = c.fromStart(0, 3, w);
      const rule: Mark = { artifact: 'Layout', paints: [{ op: 'rect', x: ruleX, y: 2, w: 3, h: v.height - 4, fill: COLORS.accent }] };
      return { slice: { height: v.height, marks: [rule, ...v.marks] }, x: side ? c.fromStart(i * (w + gap), w, inner) : 0 };
    });
    parts.push({ height: 8 * scale, marks: [] });
    if (side) {
      const placed = views.map((v) => stack([v.slice], v.x));
      parts.push({ height: Math.max(...placed.map((p) => p.height)), marks: placed.flatMap((p) => p.marks) });
    } else views.forEach((v, i) => parts.push(...(i > 0 ? [{ height: 6 * scale, marks: [] }] : []), v.slice));
  }
  if (card.questions && card.questions.length > 0) {
    parts.push({ height: 6 * scale, marks: [] });
    const style = scaled(TYPE.body, scale * 0.95);
    // Short of room, the questions run on in one paragraph instead of a line each.
    if (opts.runInQuestions)
      parts.push(...c.lines(sect.add('P'), card.questions.map((q, i) => `${i + 1}. ${q}`).join('   '), style, inner));
    else parts.push(...c.listSlices(sect, card.questions, true, style, inner).flat());
  }
  const content = stack([{ height: pad, marks: [] }, ...parts, { height: pad, marks: [] }], pad);
  const frame: Mark = {
    artifact: 'Layout',
    paints: [{ op: 'rect', x: 0.5, y: 0.5, w: width - 1, h: content.height - 1, stroke: COLORS.ink, lineWidth: 0.9, radius: 6 }],
  };
  return { height: content.height, marks: [frame, ...content.marks] };
}
