import { z } from 'zod';
import { m, type Locale } from '../catalog/locale';

const line = (max: number) => z.string().trim().max(max).default('');

/**
 * Local support the facilitator enters once; every participant pack prints it in a box, and the
 * follow-up message repeats it. Any field may be empty; a pack with none leaves lines to fill in.
 */
export const supportSchema = z.strictObject({
  /** A named person or service participants can talk to, e.g. "Sam Okafor, school counsellor, room 12". */
  contact: line(200),
  /** A phone line, with its hours if it has them. */
  helpline: line(200),
  website: line(200),
});

export type SupportInput = z.input<typeof supportSchema>;
export type Support = z.output<typeof supportSchema>;

export const EMPTY_SUPPORT: Support = { contact: '', helpline: '', website: '' };

export const isSupportEmpty = (s: Support | undefined): boolean => !s || (!s.contact && !s.helpline && !s.website);

/** The box on every pack: labels over what was entered, or over a line to write on. */
export interface SupportContent {
  title: string;
  intro: string;
  fields: { label: string; value?: string }[];
}

export function supportContent(support: Support | undefined, locale: Locale = 'en'): SupportContent {
  const s = support ?? EMPTY_SUPPORT;
  const o = { locale };
  const value = (v: string) => (v ? { value: v } : {});
  return {
    title: m.handouts_support_title({}, o),
    intro: isSupportEmpty(s) ? m.handouts_support_intro_blank({}, o) : m.handouts_support_intro({}, o),
    fields: [
      { label: m.handouts_support_contact({}, o), ...value(s.contact) },
      { label: m.handouts_support_helpline({}, o), ...value(s.helpline) },
      { label: m.handouts_support_website({}, o), ...value(s.website) },
    ],
  };
}
