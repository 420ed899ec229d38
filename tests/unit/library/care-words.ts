/**
 * The words the care-rule tests look for, in each language the built-in workshops are written in.
 * A rule holds in every language: where the English test looks for "at risk of harm", the Spanish
 * workshop must say "en riesgo de sufrir daño" and the Arabic one "معرض لخطر الأذى".
 */
export interface CareWords {
  /** A promise of confidentiality, which must never come without its limit. */
  promisesConfidentiality: RegExp;
  /** The limit itself: someone may be at risk of harm. */
  atRiskOfHarm: RegExp;
  /** ...and the facilitator talks with that person first. */
  talkWithThemFirst: RegExp;
  /** Notes to the facilitator may name "the limit of confidentiality" instead of spelling it out. */
  limitByName: RegExp;
  pass: RegExp;
  listen: RegExp;
  /** Listening without fixing. */
  fix: RegExp;
  /** An instruction to the facilitator, out of place in a note addressed to participants. */
  addressedToFacilitator: RegExp;
  /** The closing line every workshop's script ends with. */
  supportContacts: string;
  nameRound: RegExp;
  /** The first step of a pair or group activity budgets the move. */
  moveIntoGroups: RegExp;
  /** The first step of a spectrum budgets getting onto the line. */
  ontoTheLine: RegExp;
  sortStep: RegExp;
  answerKey: RegExp;
  /** The review of a card sort picks the cards that matter. */
  reviewOnlySome: RegExp;
  readAloud: RegExp;
  /** An explanation that starts with "Both". */
  startsWithBoth: RegExp;
  acrossTheLine: RegExp;
  /** Appeals to authorities the article does not make. */
  authorities: RegExp;
  /** Clinical or diagnostic labels for people. */
  clinicalLabels: RegExp;
  stockLines: RegExp;
  /** Perspective labels name people, never a lens or an "I"/"we". */
  lensLabel: RegExp;
  /** A reflection prompt that invites personal history, which needs a content note. */
  personalHistory: RegExp;
}

const ENGLISH: CareWords = {
  promisesConfidentiality: /confidential|stays? in (the|this) room|stays? here/i,
  atRiskOfHarm: /at risk of harm/i,
  talkWithThemFirst: /\b(talk|speak) with (that person|them|you)\b[^.]*\bfirst\b/i,
  limitByName: /at risk of harm|limit of confidentiality/i,
  pass: /\bpass\b/i,
  listen: /listen/i,
  fix: /fix/i,
  addressedToFacilitator: /\boffer the right\b|\bparticipants\b/i,
  supportContacts: 'the support contacts printed in your pack',
  nameRound: /^name round/i,
  moveIntoGroups: /pairs|groups|threes|move/i,
  ontoTheLine: /stand|gather|line/i,
  sortStep: /sort/i,
  answerKey: /\bkey\b/i,
  reviewOnlySome: /do not read|only|cards where/i,
  readAloud: /\bread\b/i,
  startsWithBoth: /^both\b/i,
  acrossTheLine: /across the line/i,
  authorities: /specialists?|experts? (say|agree|would)|studies (show|prove)|researchers|science says|most psychologists/i,
  clinicalLabels: /attachment disorder|avoidant|anxious[- ]ambivalent|insecure(ly)? (type|attached)|disorgani[sz]ed attachment|diagnos/i,
  stockLines: /a young woman's place|shame the family|family's name|become a doctor/i,
  lensLabel: /lens|'I'|'we'|"I"|"we"/,
  personalHistory: /your family|grew up|childhood|as a child|someone close|partner/i,
};

const SPANISH: CareWords = {
  promisesConfidentiality: /confidencial|se queda(n)? en (la|esta) sala|se queda aquí/i,
  atRiskOfHarm: /en riesgo de sufrir (un )?daño/i,
  talkWithThemFirst: /primero hablaré con (esa persona|ella|él|contigo)/i,
  limitByName: /en riesgo de sufrir (un )?daño|límite de la confidencialidad/i,
  pass: /\bpas(ar|o|a)\b/i,
  listen: /escuch/i,
  fix: /arregl/i,
  addressedToFacilitator: /\bofrece el derecho\b|\bparticipantes\b/i,
  supportContacts: 'los contactos de apoyo impresos en tu cuadernillo',
  nameRound: /^ronda de nombres/i,
  moveIntoGroups: /parejas|grupos|tríos|mover|muev/i,
  ontoTheLine: /de pie|reun|línea/i,
  sortStep: /clasific/i,
  answerKey: /\bclave\b/i,
  reviewOnlySome: /no leas|solo|tarjetas en las que/i,
  readAloud: /\blee\b|\bleer\b/i,
  startsWithBoth: /^ambas\b/i,
  acrossTheLine: /sobre la línea/i,
  authorities: new RegExp(
    ['especialistas?', 'expertos? (dicen|coinciden)', 'los estudios (muestran|demuestran)', 'investigador', 'la ciencia dice'].join('|') +
      '|la mayoría de (los )?psicólogos',
    'i',
  ),
  clinicalLabels:
    /trastorno (del|de) apego|evitativ|ansioso[- ]ambivalente|apego inseguro|inseguramente apegad|desorganizad|diagn[oó]stic/i,
  stockLines:
    /el lugar de una (mujer )?joven|avergonzar a la familia|deshonra[rn]? a la familia|el (buen )?nombre de la familia|llegar a ser médic/i,
  lensLabel: /lente|'yo'|'nosotros'|“yo”|“nosotros”|"yo"|"nosotros"/i,
  personalHistory: /tu familia|creciste|infancia|de niñ[oa]|alguien cercano|pareja/i,
};

const ARABIC: CareWords = {
  promisesConfidentiality: /(?<![أا])سرية|يبقى (هنا|في هذه القاعة|داخل هذه القاعة)/,
  atRiskOfHarm: /معرض\S* لخطر الأذى/,
  talkWithThemFirst: /سأتحدث أولا مع (ذلك|هذا) الشخص|سأتحدث معه أولا/,
  limitByName: /لخطر الأذى|حدود السرية/,
  pass: /عتذ/,
  listen: /استماع|نستمع|تستمع|استمع|أصغ/,
  fix: /إصلاح|حلول/,
  addressedToFacilitator: /امنح(هم)? الحق|المشاركين|المشاركون/,
  supportContacts: 'جهات الدعم المطبوعة في كتيبك',
  nameRound: /^جولة الأسماء/,
  moveIntoGroups: /ثنائي|مجموع|ثلاث|انتقال|ينتقل/,
  ontoTheLine: /الوقوف|يقف|قفوا|التجمع|الخط/,
  sortStep: /صنف|تصنيف|فرز/,
  answerKey: /مفتاح/,
  reviewOnlySome: /لا تقرأ|فقط|البطاقات التي/,
  readAloud: /اقرأ|قراءة/,
  startsWithBoth: /^كلاهما/,
  acrossTheLine: /على الخط/,
  authorities: /المتخصص|المختص|الخبراء (يقولون|يتفقون)|(تثبت|تظهر|تبين) الدراسات|الباحث|العلم يقول|معظم علماء النفس/,
  // The shadda on التعلّق is optional: both spellings are caught.
  clinicalLabels: /اضطراب التعلّ?ق|تجنبي|القلق المتناقض|تعلّ?ق غير آمن|التعلّ?ق غير المنظم|تشخيص/,
  stockLines: /مكان الفتاة|يجلب العار|العار للعائلة|اسم العائلة|أن يصبح طبيبا/,
  lensLabel: /عدسة|«أنا»|«نحن»/,
  personalHistory: /أسرتك|عائلتك|نشأت|طفولت|صغير[اة]|شخص قريب|شريك/,
};

const WORDS: Record<string, CareWords> = { en: ENGLISH, es: SPANISH, ar: ARABIC };

/** Arabic short vowels, tanwin, shadda and sukun: written or not, the words are the same. */
const ARABIC_MARKS = /[\u064B-\u0652\u0670]/g;

/** Text as the care words are matched against it: without Arabic vowel marks. */
export const plain = (text: string): string => text.replace(ARABIC_MARKS, '');

export function careWordsFor(lang: string): CareWords {
  const words = WORDS[lang.split('-')[0]];
  if (!words) throw new Error(`no care words for "${lang}": add them before adding a workshop in that language`);
  return words;
}

export const CARE_LANGUAGES = Object.keys(WORDS);

/** Whether any language's pattern of one kind matches: for checks over raw files of every language. */
export const anyLanguage = (kind: 'authorities' | 'clinicalLabels' | 'stockLines' | 'lensLabel', text: string): RegExp | undefined =>
  Object.values(WORDS)
    .map((w) => w[kind])
    .find((re) => re.test(plain(text)));
