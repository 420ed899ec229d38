/** Who a scenario card is about and where it takes place, in the facilitator's words. */
export const AGE_LABELS: Record<string, string> = {
  'early-years': 'Early years',
  'school-age': 'School age',
  teen: 'Teenagers',
  'young-adult': 'Young adults',
  adult: 'Adults',
  'older-adult': 'Older adults',
};

export const SETTING_LABELS: Record<string, string> = {
  home: 'Home',
  school: 'School',
  work: 'Work',
  community: 'Community',
  online: 'Online',
};

export const ageLabel = (age: string | undefined) => (age ? (AGE_LABELS[age] ?? age) : '');
export const settingLabel = (setting: string | undefined) => (setting ? (SETTING_LABELS[setting] ?? setting) : '');
