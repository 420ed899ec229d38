import { m } from '../../../core/catalog/locale';
import type { CertificateContent } from '../../../core/handout/certificate';
import type { Composer } from '../layout/composer';
import { stack, type Slice } from '../layout/display-list';
import { COLORS, TYPE, type TypeStyle } from '../layout/theme';
import { fieldRow } from '../pack/cover-page';

const NAME: TypeStyle = { face: 'semibold', size: 30, leading: 38, color: COLORS.ink };
const WORKSHOP: TypeStyle = { face: 'semibold', size: 22, leading: 28, color: COLORS.accent };

/** One certificate of attendance per name, each on its own page inside a frame. */
export function composeCertificates(c: Composer, cert: CertificateContent): void {
  const says = c.says;
  cert.names.forEach((name) => {
    const sect = c.root.add('Sect');
    const w = c.width - 80;
    const x = 40;
    const center = { x, align: 'center' as const };
    const parts: Slice[] = [
      { height: 110, marks: [] },
      ...c.lines(sect.add('P'), m.handouts_certificate_kicker({}, says), { ...TYPE.kicker, size: 12, leading: 16 }, w, center),
      { height: 60, marks: [] },
      ...c.lines(sect.add('P'), m.handouts_certificate_certify({}, says), TYPE.lead, w, center),
      { height: 16, marks: [] },
      ...(name ? c.lines(sect.add('H1'), name, NAME, w, center) : [{ height: 20, marks: [] }, c.writingLine(x + 40, w - 80)]),
      { height: 22, marks: [] },
      ...c.lines(sect.add('P'), m.handouts_certificate_took_part({}, says), TYPE.lead, w, center),
      { height: 12, marks: [] },
      ...c.lines(sect.add('H2'), cert.workshopTitle, WORKSHOP, w, center),
      { height: 12, marks: [] },
      ...c.lines(sect.add('P'), m.handouts_certificate_topics({ topics: cert.sections.join(' · ') }, says), TYPE.small, w, center),
      { height: 110, marks: [] },
    ];
    const body = stack(parts);
    const frame: Slice = {
      height: body.height,
      marks: [
        {
          artifact: 'Layout',
          paints: [
            { op: 'rect', x: 0, y: 0, w: c.width, h: body.height, stroke: COLORS.accent, lineWidth: 2.5, radius: 4 },
            { op: 'rect', x: 7, y: 7, w: c.width - 14, h: body.height - 14, stroke: COLORS.accentMid, lineWidth: 0.8, radius: 2 },
          ],
        },
        ...body.marks,
      ],
    };
    c.push({ slices: [frame], spaceBefore: 0, newPage: true, header: null, keepTogether: true });
    c.push({
      slices: [
        fieldRow(c, sect, [
          [m.handouts_field_date({}, says), cert.date],
          [m.handouts_field_duration({}, says), cert.duration],
          [m.handouts_field_facilitator({}, says), cert.facilitatorName],
        ]),
      ],
      spaceBefore: 30,
    });
    c.push({ slices: [fieldRow(c, sect, [[m.handouts_field_signature({}, says), undefined]])], spaceBefore: 26 });
  });
}
