import { z } from 'zod';
import { channel } from './channel';
import { idSchema } from '../core/workshop/activity-schema';
import type { Workshop } from '../core/workshop/workshop-schema';
import type { SectionSlug } from '../core/workshop/sections';
import type { Problem } from '../core/result';
import type { AgendaRow } from '../core/workshop/timing';
import type { TextDirection } from '../core/workshop/language';

export interface WorkshopLanguage {
  lang: string;
  name: string;
  dir: TextDirection;
}

export interface WorkshopCard {
  id: string;
  title: string;
  summary: string;
  audience: string;
  minutes: number;
  sections: SectionSlug[];
  activityCount: number;
  builtIn: boolean;
  language: WorkshopLanguage;
  /** The id of the workshop it translates, when it is a translation. */
  translationOf?: string;
}

export interface LibraryListing {
  workshops: WorkshopCard[];
  /** Template files that could not be loaded, each with what is wrong and where. */
  problems: { file: string; problems: Problem[] }[];
}

export interface WorkshopDetail {
  workshop: Workshop;
  builtIn: boolean;
  /** The workshop's language: tag, name in that language, and direction. */
  language: WorkshopLanguage;
  /** The agenda with running start times. */
  agenda: AgendaRow[];
}

export const workshopChannels = {
  'workshops:list': channel<z.ZodObject<{}>, LibraryListing>(z.strictObject({})),
  'workshops:get': channel<z.ZodObject<{ id: typeof idSchema }>, WorkshopDetail>(z.strictObject({ id: idSchema })),
};
