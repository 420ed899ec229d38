import type { Handlers } from '../../contract';
import { catalogLocale } from '../../core/catalog/locale';
import { sectionTitles } from '../../core/workshop/sections';
import { groupingLabels, kindLabels } from '../../core/workshop/kinds';
import { COMPARISON_TABLE } from '../../core/workshop/comparison-table';
import { handoutPartLabels, handoutSetLabels, MAX_COPIES } from '../../core/handout/handout-options';
import type { AppContext } from '../app-context';

export const appHandlers = (ctx: AppContext): Pick<Handlers, 'app:info' | 'app:reference'> => ({
  async 'app:info'() {
    return { version: ctx.version, host: ctx.host, dataDir: ctx.dataDir, quarantined: [...ctx.store.quarantine.files] };
  },
  async 'app:reference'({ lang }) {
    const locale = catalogLocale(lang);
    return {
      sections: sectionTitles(locale),
      kinds: kindLabels(locale),
      groupings: groupingLabels(locale),
      comparisonTable: COMPARISON_TABLE,
      handoutParts: handoutPartLabels(locale),
      handoutSets: handoutSetLabels(locale),
      maxCopies: MAX_COPIES,
    };
  },
});
