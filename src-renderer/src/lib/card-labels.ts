import { m } from './i18n.svelte';

/** Who a scenario card is about, in the facilitator's words (a function: the words follow the interface's language). */
const ageLabels = (): Record<string, string> => ({
  'early-years': m.library_age_early_years(),
  'school-age': m.library_age_school_age(),
  teen: m.library_age_teen(),
  'young-adult': m.library_age_young_adult(),
  adult: m.library_age_adult(),
  'older-adult': m.library_age_older_adult(),
});

/** Where a scenario card takes place. */
const settingLabels = (): Record<string, string> => ({
  home: m.library_setting_home(),
  school: m.library_setting_school(),
  work: m.library_setting_work(),
  community: m.library_setting_community(),
  online: m.library_setting_online(),
});

export const ageLabel = (age: string | undefined) => (age ? (ageLabels()[age] ?? age) : '');
export const settingLabel = (setting: string | undefined) => (setting ? (settingLabels()[setting] ?? setting) : '');
