import type { Workshop } from '../workshop/workshop-schema';
import { formatDateField } from './format';
import { isSupportEmpty, type Support } from './support';
import { worksheetsOf } from './worksheets';

/**
 * The message a facilitator sends a week after the workshop: a reminder of the action plan,
 * in plain text to copy into an email or a group chat, or to save.
 */
export function followUpMessage(workshop: Workshop, options: { facilitatorName?: string; date?: string; support?: Support }): string {
  const plan = worksheetsOf(workshop).find((s) => s.isActionPlan);
  const prompts = plan ? plan.blocks.flatMap((b) => (b.kind === 'prompt' ? [b.text] : [])) : [];
  const when = options.date ? ` on ${formatDateField(options.date)}` : '';
  const lines = [
    'Hello everyone,',
    '',
    `It is a week since we met for "${workshop.title}"${when}. Thank you again for what you brought to it.`,
    '',
    'Take five minutes today to look at your action plan again:',
    ...(prompts.length > 0
      ? prompts.map((p) => `- ${p.replace(/[.…]+$/, '')}`)
      : ['- the small step you chose, and by when', '- who you said you would talk to']),
    '',
    'How did your small step go? If it did not happen, that is useful to know too: what got in the way, and what would make it ' +
      'easier? Choose one step for the coming week, and keep it small.',
  ];
  if (!isSupportEmpty(options.support)) {
    const s = options.support!;
    lines.push('', 'If anything from the workshop has stayed with you and you would like to talk to someone:');
    if (s.contact) lines.push(`- ${s.contact}`);
    if (s.helpline) lines.push(`- Helpline: ${s.helpline}`);
    if (s.website) lines.push(`- ${s.website}`);
  }
  lines.push('', 'Best wishes,', options.facilitatorName ?? '');
  return `${lines.join('\n').trimEnd()}\n`;
}
