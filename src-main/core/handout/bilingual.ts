import type { Workshop } from '../workshop/workshop-schema';
import { primaryLanguage } from '../workshop/language';

/** A language asked for that the workshop's family does not have, or a second language that is the first. */
export class TranslationChoiceError extends Error {}

/** English names for messages on the command line and in errors ("Spanish", not "es"). */
const englishName = (tag: string): string => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
};

/**
 * The family of a workshop: its original (the workshop itself unless it is a translation) and
 * every workshop whose translationOf is the original's id, the original first, then in the order
 * given. A workshop id seen twice counts once (the first wins: callers put the facilitator's own first).
 */
export function familyOf(workshop: Workshop, candidates: readonly Workshop[]): Workshop[] {
  const originalId = workshop.translationOf ?? workshop.id;
  const seen = new Set<string>();
  const family: Workshop[] = [];
  for (const w of [workshop, ...candidates]) {
    if (seen.has(w.id) || (w.id !== originalId && w.translationOf !== originalId)) continue;
    seen.add(w.id);
    family.push(w);
  }
  return family.sort((a, b) => Number(a.id !== originalId) - Number(b.id !== originalId));
}

/** The family's member written in `lang`: the exact tag first ("es-419"), else the same first subtag ("es"). */
export function memberInLanguage(family: readonly Workshop[], lang: string): Workshop | undefined {
  const exact = family.find((w) => w.lang.toLowerCase() === lang.toLowerCase());
  return exact ?? family.find((w) => primaryLanguage(w.lang) === primaryLanguage(lang));
}

/** The family's member in `lang`, or an error that names the languages there are. */
export function requireMemberInLanguage(family: readonly Workshop[], lang: string, of: Workshop): Workshop {
  const found = memberInLanguage(family, lang);
  if (found) return found;
  const available = family.map((w) => `${englishName(w.lang)} (${w.lang})`).join(', ');
  throw new TranslationChoiceError(`no ${englishName(lang)} translation of "${of.title}"; available: ${available}`);
}

/**
 * The second workshop of a bilingual pack: the translation of `workshop` in `also`, from `candidates`
 * (every workshop there is). Errors when the family lacks the language or `also` is the pack's own.
 */
export function secondLanguageOf(workshop: Workshop, also: string, candidates: readonly Workshop[]): Workshop {
  const second = requireMemberInLanguage(familyOf(workshop, candidates), also, workshop);
  if (second.id === workshop.id)
    throw new TranslationChoiceError(`"${workshop.title}" is already in ${englishName(workshop.lang)}; choose another language`);
  return second;
}
