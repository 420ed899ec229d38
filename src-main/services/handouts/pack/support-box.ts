import type { SupportContent } from '../../../core/handout/support';
import type { Composer } from '../layout/composer';
import { stack } from '../layout/display-list';
import { COLORS, TYPE } from '../layout/theme';

/** "Where to get support": what the facilitator entered, or labelled lines to fill in, side by side. */
export function composeSupport(c: Composer, support: SupportContent, spaceBefore: number): void {
  const sect = c.root.add('Sect');
  const inner = c.boxWidth();
  const gap = 14;
  const w = (inner - gap * (support.fields.length - 1)) / support.fields.length;
  const fields = support.fields.map((f, i) => {
    const node = sect.add('P');
    const x = c.fromStart(i * (w + gap), w, inner);
    const label = c.lines(node, f.label, TYPE.label, w, { x });
    return stack(f.value ? [...label, ...c.lines(node, f.value, TYPE.bodyStrong, w, { x })] : [...label, c.writingLine(x, w)]);
  });
  c.box(
    [
      ...c.lines(sect.add('H2'), support.title, { ...TYPE.h3, color: COLORS.ink }, inner),
      ...c.lines(sect.add('P'), support.intro, TYPE.body, inner),
      { height: 6, marks: [] },
      { height: Math.max(...fields.map((f) => f.height)), marks: fields.flatMap((f) => f.marks) },
    ],
    { fill: COLORS.white, edge: COLORS.ink, spaceBefore },
  );
}
