import type { Handlers } from '../../contract';
import { SECTION_TITLES } from '../../core/workshop/sections';
import { GROUPING_LABELS, KIND_LABELS } from '../../core/workshop/kinds';
import { COMPARISON_TABLE } from '../../core/workshop/comparison-table';
import { HANDOUT_PART_LABELS, HANDOUT_SET_LABELS, MAX_COPIES } from '../../core/handout/handout-options';
import type { AppContext } from '../app-context';

export const appHandlers = (ctx: AppContext): Pick<Handlers, 'app:info' | 'app:reference'> => ({
  async 'app:info'() {
    return { version: ctx.version, host: ctx.host, dataDir: ctx.dataDir, quarantined: [...ctx.store.quarantine.files] };
  },
  async 'app:reference'() {
    return {
      sections: SECTION_TITLES,
      kinds: KIND_LABELS,
      groupings: GROUPING_LABELS,
      comparisonTable: COMPARISON_TABLE,
      handoutParts: HANDOUT_PART_LABELS,
      handoutSets: HANDOUT_SET_LABELS,
      maxCopies: MAX_COPIES,
    };
  },
});
