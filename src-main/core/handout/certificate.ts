import type { Workshop } from '../workshop/workshop-schema';
import { totalMinutes } from '../workshop/timing';
import { SECTION_TITLES } from '../workshop/sections';
import { formatDateField, formatMinutes } from './format';

export interface CertificateContent {
  workshopTitle: string;
  /** One certificate per entry; undefined leaves a line to write the name on. */
  names: (string | undefined)[];
  date?: string;
  duration: string;
  facilitatorName?: string;
  sections: string[];
}

/** Certificates of attendance, for CPD records: one per name, or one with the name left blank. */
export function certificateContent(
  workshop: Workshop,
  options: { names?: string[]; date?: string; facilitatorName?: string },
): CertificateContent {
  return {
    workshopTitle: workshop.title,
    names: options.names && options.names.length > 0 ? options.names : [undefined],
    ...(options.date ? { date: formatDateField(options.date) } : {}),
    duration: formatMinutes(totalMinutes(workshop.activities)),
    ...(options.facilitatorName ? { facilitatorName: options.facilitatorName } : {}),
    sections: workshop.sections.map((x) => SECTION_TITLES[x]),
  };
}
