import { certificateContent } from '../../core/handout/certificate';
import { cardsContent } from '../../core/handout/cut-cards';
import { feedbackContent } from '../../core/handout/feedback';
import { guideContent } from '../../core/handout/guide';
import { m } from '../../core/catalog/locale';
import { handoutOptionsSchema, handoutSetLabels, type HandoutOptionsInput, type HandoutSet } from '../../core/handout/handout-options';
import { handoutPackContent } from '../../core/handout/handout-pack';
import { withChosenCards } from '../../core/handout/scenario-choice';
import { TranslationChoiceError } from '../../core/handout/bilingual';
import { wordsLocaleOf } from '../../core/handout/words-locale';
import { banksInLanguage, type ScenarioBank } from '../../core/workshop/bank-schema';
import type { Workshop } from '../../core/workshop/workshop-schema';
import { composeCards } from './cards/compose-cards';
import { composeCertificates } from './forms/compose-certificate';
import { composeFeedback } from './forms/compose-feedback';
import { composeGuide } from './guide/compose-guide';
import { composeBilingualPack, secondLanguagePack } from './pack/bilingual-pack';
import { composePack } from './pack/compose-pack';
import { renderDocument, type HandoutResult } from './render-document';

/**
 * Lays out and prints one set for a workshop. Chosen scenario cards (`scenarioCards`) are looked
 * up in the workshop and in `banks`. Throws a ZodError when the options are invalid and a
 * ScenarioChoiceError when a chosen card does not exist. A pack with `also` takes its second language
 * from the translations of `source` among `workshops`; a TranslationChoiceError says when there is none.
 */
export async function renderHandoutSet(
  set: HandoutSet,
  source: Workshop,
  input: HandoutOptionsInput = {},
  banks: readonly ScenarioBank[] = [],
  workshops: readonly Workshop[] = [],
): Promise<HandoutResult> {
  const options = handoutOptionsSchema.parse(input);
  if (options.also && set !== 'pack') throw new TranslationChoiceError('a second language is for the participant pack only');
  const workshop = withChosenCards(source, options.scenarioCards, banksInLanguage(banks, source.lang));
  const locale = wordsLocaleOf(workshop, options.wordsLocale);
  const label = handoutSetLabels(locale)[set];
  const meta = {
    title: m.handouts_doc_title({ title: workshop.title, set: label.toLocaleLowerCase(locale) }, { locale }),
    subject: m.handouts_doc_subject({ set: label, title: workshop.title }, { locale }),
    ...(options.facilitatorName ? { author: options.facilitatorName } : {}),
    lang: workshop.lang,
    words: locale,
  };
  switch (set) {
    case 'pack': {
      const content = handoutPackContent(workshop, options);
      const second = options.also ? secondLanguagePack(source, options.also, options, banks, workshops) : null;
      return renderDocument(
        { ...meta, title: m.handouts_doc_pack_title({ title: workshop.title }, { locale }) },
        options.paper,
        options.copies,
        (c) =>
          second
            ? composeBilingualPack(c, { lang: workshop.lang, content }, second, options.bilingual ?? 'after')
            : composePack(c, content),
      );
    }
    case 'guide': {
      const content = guideContent(workshop, options.start, locale);
      return renderDocument(meta, options.paper, 1, (c) => composeGuide(c, content));
    }
    case 'cards': {
      const content = cardsContent(workshop, options.participants, locale);
      return renderDocument(meta, options.paper, 1, (c) => composeCards(c, content));
    }
    case 'feedback': {
      const content = feedbackContent(workshop, locale);
      return renderDocument(meta, options.paper, options.copies, (c) => composeFeedback(c, content));
    }
    case 'certificate': {
      const content = certificateContent(workshop, { ...options, wordsLocale: locale });
      return renderDocument(meta, options.paper, 1, (c) => composeCertificates(c, content));
    }
  }
}
