import type { Workshop } from '../workshop/workshop-schema';
import { totalMinutes } from '../workshop/timing';
import type { Locale } from '../catalog/locale';
import { sectionTitles } from '../workshop/sections';
import { formatDateField, formatMinutes } from './format';
import { wordsLocaleOf } from './words-locale';

export interface CertificateContent {
  /** The language of the certificate's fixed words: the workshop's, English when it has no catalog. */
  locale: Locale;
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
  options: { names?: string[]; date?: string; facilitatorName?: string; wordsLocale?: Locale },
): CertificateContent {
  const locale = wordsLocaleOf(workshop, options.wordsLocale);
  const sections = sectionTitles(locale);
  return {
    locale,
    workshopTitle: workshop.title,
    names: options.names && options.names.length > 0 ? options.names : [undefined],
    ...(options.date ? { date: formatDateField(options.date, workshop.lang) } : {}),
    duration: formatMinutes(totalMinutes(workshop.activities), locale),
    ...(options.facilitatorName ? { facilitatorName: options.facilitatorName } : {}),
    sections: workshop.sections.map((x) => sections[x]),
  };
}
