import { primaryLanguage } from './language';

/** The six aspects of the comparison table, in plain words. Shown on the projector and in handouts. */
export interface ComparisonRow {
  aspect: string;
  autonomy: string;
  attachment: string;
}

/** The table in one language: its headings, a title and an introduction for handouts, and the six rows. */
export interface ComparisonTable {
  lang: string;
  title: string;
  intro: string;
  columns: ComparisonRow;
  rows: readonly ComparisonRow[];
}

const ENGLISH: ComparisonTable = {
  lang: 'en',
  title: 'Autonomy and attachment at a glance',
  intro:
    'Both are healthy human needs. Autonomy is about steering your own life; attachment is about the bonds ' +
    'that make you feel safe. Most of us move between the two many times a day.',
  columns: { aspect: 'Aspect', autonomy: 'Autonomy', attachment: 'Attachment' },
  rows: [
    { aspect: 'Definition', autonomy: 'Governing yourself; acting independently', attachment: 'An emotional bond; leaning on others' },
    { aspect: 'Focus', autonomy: 'Your own decisions and self-control', attachment: 'Connection and emotional support' },
    { aspect: 'Emotional state', autonomy: 'Confidence and self-reliance', attachment: 'Feeling secure through closeness' },
    { aspect: 'Dependency level', autonomy: 'Low: little reliance on others', attachment: 'High: relying on relationships' },
    { aspect: 'Role in development', autonomy: 'Personal growth and responsibility', attachment: 'Trust and social bonds' },
    { aspect: 'Examples', autonomy: 'Making a decision on your own', attachment: 'Seeking comfort from someone close' },
  ],
};

const SPANISH: ComparisonTable = {
  lang: 'es',
  title: 'Autonomía y apego, de un vistazo',
  intro:
    'Las dos son necesidades humanas sanas. La autonomía tiene que ver con llevar las riendas de tu vida; el apego, ' +
    'con los vínculos que te hacen sentir a salvo. Casi todos pasamos de una a otra muchas veces al día.',
  columns: { aspect: 'Aspecto', autonomy: 'Autonomía', attachment: 'Apego' },
  rows: [
    {
      aspect: 'Definición',
      autonomy: 'Gobernarse a uno mismo; actuar con independencia',
      attachment: 'Un vínculo emocional; apoyarse en otros',
    },
    { aspect: 'Enfoque', autonomy: 'Las propias decisiones y el autocontrol', attachment: 'La conexión y el apoyo emocional' },
    { aspect: 'Estado emocional', autonomy: 'Confianza y seguridad en uno mismo', attachment: 'Sentirse a salvo gracias a la cercanía' },
    { aspect: 'Grado de dependencia', autonomy: 'Bajo: se depende poco de los demás', attachment: 'Alto: se cuenta con las relaciones' },
    { aspect: 'Papel en el desarrollo', autonomy: 'Crecimiento personal y responsabilidad', attachment: 'Confianza y lazos sociales' },
    { aspect: 'Ejemplos', autonomy: 'Tomar una decisión por tu cuenta', attachment: 'Buscar consuelo en alguien cercano' },
  ],
};

const ARABIC: ComparisonTable = {
  lang: 'ar',
  title: 'الاستقلالية والتعلّق في لمحة',
  intro:
    'كلتاهما حاجة إنسانية سليمة. الاستقلالية أن تقود حياتك بنفسك، والتعلّق هو الروابط التي تمنحك الشعور بالأمان. ' +
    'ومعظمنا ينتقل بين الاثنتين مرات كثيرة في اليوم الواحد.',
  columns: { aspect: 'الجانب', autonomy: 'الاستقلالية', attachment: 'التعلّق' },
  rows: [
    { aspect: 'التعريف', autonomy: 'أن يدير المرء نفسه ويتصرف باستقلال', attachment: 'رابطة عاطفية واتكاء على الآخرين' },
    { aspect: 'محور الاهتمام', autonomy: 'القرارات الشخصية وضبط النفس', attachment: 'التواصل والدعم العاطفي' },
    { aspect: 'الحالة العاطفية', autonomy: 'الثقة بالنفس والاعتماد عليها', attachment: 'الشعور بالأمان من خلال القرب' },
    { aspect: 'درجة الاعتماد', autonomy: 'منخفضة: اعتماد قليل على الآخرين', attachment: 'مرتفعة: اعتماد على العلاقات' },
    { aspect: 'الدور في النمو', autonomy: 'النمو الشخصي وتحمّل المسؤولية', attachment: 'الثقة والروابط الاجتماعية' },
    { aspect: 'أمثلة', autonomy: 'أن تتخذ قرارًا بنفسك', attachment: 'أن تطلب السلوى من شخص قريب منك' },
  ],
};

/** The table in every language Secure Base's workshops are written in, by primary language subtag. */
export const COMPARISON_TABLES: Readonly<Record<string, ComparisonTable>> = { en: ENGLISH, es: SPANISH, ar: ARABIC };

/** The table in a workshop's language; English where it has not been written in that language yet. */
export const comparisonTableFor = (lang: string): ComparisonTable => COMPARISON_TABLES[primaryLanguage(lang)] ?? ENGLISH;

/** The English rows, as the table first appeared. */
export const COMPARISON_TABLE: readonly ComparisonRow[] = ENGLISH.rows;
