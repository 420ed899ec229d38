import { z } from 'zod';
import { idSchema } from '../workshop/activity-schema';
import { languageTagSchema } from '../workshop/language';
import { supportSchema } from './support';
import { isCatalogLocale, m, type Locale } from '../catalog/locale';

/** The parts a handout pack can contain, in the order they are printed. */
export const HANDOUT_PARTS = ['cover', 'key-ideas', 'worksheets', 'action-plan'] as const;
export type HandoutPart = (typeof HANDOUT_PARTS)[number];

export const handoutPartLabels = (locale: Locale = 'en'): Record<HandoutPart, string> => ({
  cover: m.reference_part_cover({}, { locale }),
  'key-ideas': m.reference_part_key_ideas({}, { locale }),
  worksheets: m.reference_part_worksheets({}, { locale }),
  'action-plan': m.reference_part_action_plan({}, { locale }),
});

/** What can be printed for a workshop: each is its own PDF. The follow-up message is text. */
export const HANDOUT_SETS = ['pack', 'guide', 'cards', 'feedback', 'certificate'] as const;
export type HandoutSet = (typeof HANDOUT_SETS)[number];

export const handoutSetLabels = (locale: Locale = 'en'): Record<HandoutSet, string> => ({
  pack: m.reference_set_pack({}, { locale }),
  guide: m.reference_set_guide({}, { locale }),
  cards: m.reference_set_cards({}, { locale }),
  feedback: m.reference_set_feedback({}, { locale }),
  certificate: m.reference_set_certificate({}, { locale }),
});

/**
 * A pack in two languages: `after` prints each part in the first language and then in the second;
 * `side-by-side` sets the key ideas and the comparison table in two columns, one per language.
 */
export const BILINGUAL_LAYOUTS = ['after', 'side-by-side'] as const;
export type BilingualLayout = (typeof BILINGUAL_LAYOUTS)[number];

export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** A class set is one pack per participant; 60 covers the largest room we plan for. */
export const MAX_COPIES = 60;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    // An empty field in the UI means "leave a line to write on", the same as leaving it out.
    .transform((s) => (s === '' ? undefined : s))
    .optional();

export const paperSchema = z.enum(PAPER_SIZES);

/** For tests only, never shown in the interface: prints the fixed words in another catalog language (the pseudo-locale). */
const wordsLocaleSchema = z.custom<Locale>((v) => typeof v === 'string' && isCatalogLocale(v), 'a catalog language').optional();

export const handoutOptionsSchema = z.strictObject({
  parts: z
    .array(z.enum(HANDOUT_PARTS))
    .min(1, 'choose at least one part')
    .max(HANDOUT_PARTS.length, 'each part at most once')
    // Print order is fixed whatever order the parts were ticked in; duplicates collapse.
    .transform((parts) => HANDOUT_PARTS.filter((p) => parts.includes(p)))
    .default([...HANDOUT_PARTS]),
  paper: paperSchema.default('a4'),
  copies: z.number().int('whole copies').min(1).max(MAX_COPIES).default(1),
  facilitatorName: optionalText(120),
  /** Printed on the cover as given; an ISO date (2025-03-12) is written out in words. */
  date: optionalText(60),
  /** Activity id -> scenario card ids in the order chosen; cards come from the activity or its section's bank. */
  scenarioCards: z.record(idSchema, z.array(idSchema).min(1, 'choose at least one card').max(40)).optional(),
  /** Local support printed in a box on the pack; left out, the box has lines to fill in. */
  support: supportSchema.optional(),
  /** The facilitator guide's start time, "HH:MM": the run sheet gives each activity its clock time. */
  start: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use HH:MM, e.g. 18:30')
    .optional(),
  /** How many people will come: the cards set prints one card-sort set per pair. */
  participants: z.number().int('whole people').min(1).max(500).optional(),
  /** Certificates: one per name; none prints one certificate with a blank line for the name. */
  names: z.array(z.string().trim().min(1, 'a name must not be empty').max(120)).max(MAX_COPIES).optional(),
  /**
   * Participant pack only: also print the pack of the translation of this workshop in this language
   * (BCP 47), from the same family (the original and the workshops whose translationOf is its id).
   */
  also: languageTagSchema.optional(),
  /** How the two languages of a bilingual pack share the paper; 'after' when left out. */
  bilingual: z.enum(BILINGUAL_LAYOUTS).optional(),
  wordsLocale: wordsLocaleSchema,
});

/** What the UI or CLI passes in: every field may be left out. */
export type HandoutOptionsInput = z.input<typeof handoutOptionsSchema>;
/** Options after validation, with defaults filled in. */
export type HandoutOptions = z.output<typeof handoutOptionsSchema>;

export const summaryOptionsSchema = z.strictObject({
  /** Facilitator notes are private by default: a summary is often shared with the group or a sponsor. */
  includeNotes: z.boolean().default(false),
  paper: paperSchema.default('a4'),
  wordsLocale: wordsLocaleSchema,
});

export type SummaryOptionsInput = z.input<typeof summaryOptionsSchema>;
export type SummaryOptions = z.output<typeof summaryOptionsSchema>;
