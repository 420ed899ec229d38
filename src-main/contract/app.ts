import { z } from 'zod';
import { channel } from './channel';
import type { QuarantinedFile } from '../core/store-report';
import type { ComparisonRow } from '../core/workshop/comparison-table';
import type { ActivityKind, Grouping } from '../core/workshop/kinds';
import type { SectionSlug } from '../core/workshop/sections';
import type { HandoutPart, HandoutSet } from '../core/handout/handout-options';
import { languageTagSchema } from '../core/workshop/language';

export interface AppInfo {
  version: string;
  host: 'electron' | 'web';
  dataDir: string;
  /** Files moved aside at start because they could not be read. */
  quarantined: QuarantinedFile[];
}

/** Words and tables the views show; they live in core and reach the renderer through the contract. */
export interface Reference {
  sections: Record<SectionSlug, string>;
  kinds: Record<ActivityKind, string>;
  groupings: Record<Grouping, string>;
  comparisonTable: readonly ComparisonRow[];
  /** The parts of a handout pack, in print order, with their labels. */
  handoutParts: Record<HandoutPart, string>;
  /** The printed sets of a workshop, with their labels. */
  handoutSets: Record<HandoutSet, string>;
  maxCopies: number;
}

/** The reference words in a language (BCP 47); without one, or one without a catalog, in English. */
export const referenceInputSchema = z.strictObject({ lang: languageTagSchema.optional() });

export const appChannels = {
  'app:info': channel<z.ZodObject<{}>, AppInfo>(z.strictObject({})),
  'app:reference': channel<typeof referenceInputSchema, Reference>(referenceInputSchema),
};
