import { m, type Locale } from '../catalog/locale';
import type { Activity } from '../workshop/activity-schema';

export interface BackgroundBrief {
  title: string;
  paragraphs: string[];
}

export interface DisclosurePage {
  title: string;
  intro: string;
  steps: { title: string; text: string }[];
}

/** The one-page background brief of the facilitator guide, in our own words. */
export function backgroundBrief(locale: Locale = 'en'): BackgroundBrief {
  const o = { locale };
  return {
    title: m.handouts_background_title({}, o),
    paragraphs: [
      m.handouts_background_autonomy({}, o),
      m.handouts_background_together({}, o),
      m.handouts_background_cultures({}, o),
      m.handouts_background_is({}, o),
      m.handouts_background_is_not({}, o),
    ],
  };
}

/** What to do when someone discloses harm: the facilitator guide's own page. */
export function disclosurePage(locale: Locale = 'en'): DisclosurePage {
  const o = { locale };
  return {
    title: m.handouts_disclosure_title({}, o),
    intro: m.handouts_disclosure_intro({}, o),
    steps: [
      { title: m.handouts_disclosure_listen({}, o), text: m.handouts_disclosure_listen_text({}, o) },
      { title: m.handouts_disclosure_investigate({}, o), text: m.handouts_disclosure_investigate_text({}, o) },
      { title: m.handouts_disclosure_secrecy({}, o), text: m.handouts_disclosure_secrecy_text({}, o) },
      { title: m.handouts_disclosure_procedure({}, o), text: m.handouts_disclosure_procedure_text({}, o) },
      { title: m.handouts_disclosure_write({}, o), text: m.handouts_disclosure_write_text({}, o) },
    ],
  };
}

/** "If you are short of time" for an activity whose author left it out, by kind. */
export function shortOfTimeFallback(a: Activity, locale: Locale = 'en'): string {
  const o = { locale };
  switch (a.kind) {
    case 'scenario':
      return m.handouts_short_scenario({}, o);
    case 'card-sort':
      return m.handouts_short_card_sort({}, o);
    case 'spectrum':
      return m.handouts_short_spectrum({}, o);
    case 'role-play':
      return m.handouts_short_role_play({}, o);
    case 'reflection':
      return m.handouts_short_reflection({}, o);
    case 'discussion':
      return m.handouts_short_discussion({}, o);
    case 'poll':
      return m.handouts_short_poll({}, o);
    case 'teach':
      return m.handouts_short_teach({}, o);
    case 'break':
      return m.handouts_short_break({}, o);
  }
}
