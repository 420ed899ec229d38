import { certificateContent } from '../../core/handout/certificate';
import { cardsContent } from '../../core/handout/cut-cards';
import { feedbackContent } from '../../core/handout/feedback';
import { guideContent } from '../../core/handout/guide';
import { m } from '../../core/catalog/locale';
import { handoutOptionsSchema, handoutSetLabels, type HandoutOptionsInput, type HandoutSet } from '../../core/handout/handout-options';
import { handoutPackContent } from '../../core/handout/handout-pack';
import { withChosenCards } from '../../core/handout/scenario-choice';
import { wordsLocaleOf } from '../../core/handout/words-locale';
import { banksInLanguage, type ScenarioBank } from '../../core/workshop/bank-schema';
import type { Workshop } from '../../core/workshop/workshop-schema';
import { composeCards } from './cards/compose-cards';
import { composeCertificates } from './forms/compose-certificate';
import { composeFeedback } from './forms/compose-feedback';
import { composeGuide } from './guide/compose-guide';
import { composePack } from './pack/compose-pack';
import { renderDocument, type HandoutResult } from './render-document';

/**
 * Lays out and prints one set for a workshop. Chosen scenario cards (`scenarioCards`) are looked
 * up in the workshop and in `banks`. Throws a ZodError when the options are invalid and a
 * ScenarioChoiceError when a chosen card does not exist.
 */
export async function renderHandoutSet(
  set: HandoutSet,
  source: Workshop,
  input: HandoutOptionsInput = {},
  banks: readonly ScenarioBank[] = [],
): Promise<HandoutResult> {
  const options = handoutOptionsSchema.parse(input);
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
      return renderDocument(
        { ...meta, title: m.handouts_doc_pack_title({ title: workshop.title }, { locale }) },
        options.paper,
        options.copies,
        (c) => composePack(c, content),
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
