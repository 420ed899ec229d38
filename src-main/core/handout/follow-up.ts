import { m, type Locale } from '../catalog/locale';
import type { Workshop } from '../workshop/workshop-schema';
import { formatDateField } from './format';
import { isSupportEmpty, type Support } from './support';
import { worksheetsOf } from './worksheets';
import { wordsLocaleOf } from './words-locale';

/**
 * The message a facilitator sends a week after the workshop: a reminder of the action plan,
 * in plain text to copy into an email or a group chat, or to save.
 */
export function followUpMessage(
  workshop: Workshop,
  options: { facilitatorName?: string; date?: string; support?: Support; wordsLocale?: Locale },
): string {
  const locale = wordsLocaleOf(workshop, options.wordsLocale);
  const o = { locale };
  const plan = worksheetsOf(workshop, locale).find((s) => s.isActionPlan);
  const prompts = plan ? plan.blocks.flatMap((b) => (b.kind === 'prompt' ? [b.text] : [])) : [];
  const title = workshop.title;
  const lines = [
    m.handouts_follow_hello({}, o),
    '',
    options.date
      ? m.handouts_follow_week_on({ title, date: formatDateField(options.date, workshop.lang) }, o)
      : m.handouts_follow_week({ title }, o),
    '',
    m.handouts_follow_look_again({}, o),
    ...(prompts.length > 0
      ? prompts.map((p) => `- ${p.replace(/[.…]+$/, '')}`)
      : [`- ${m.handouts_follow_small_step({}, o)}`, `- ${m.handouts_follow_who({}, o)}`]),
    '',
    m.handouts_follow_how_did_it_go({}, o),
  ];
  if (!isSupportEmpty(options.support)) {
    const s = options.support!;
    lines.push('', m.handouts_follow_support({}, o));
    if (s.contact) lines.push(`- ${s.contact}`);
    if (s.helpline) lines.push(`- ${m.handouts_follow_helpline({ helpline: s.helpline }, o)}`);
    if (s.website) lines.push(`- ${s.website}`);
  }
  lines.push('', m.handouts_follow_best_wishes({}, o), options.facilitatorName ?? '');
  return `${lines.join('\n').trimEnd()}\n`;
}
