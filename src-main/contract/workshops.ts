import { z } from 'zod';
import { channel } from './channel';
import { idSchema } from '../core/workshop/activity-schema';
import type { Workshop } from '../core/workshop/workshop-schema';
import type { SectionSlug } from '../core/workshop/sections';
import type { Problem } from '../core/result';
import type { AgendaRow } from '../core/workshop/timing';

export interface WorkshopCard {
  id: string;
  title: string;
  summary: string;
  audience: string;
  minutes: number;
  sections: SectionSlug[];
  activityCount: number;
  builtIn: boolean;
}

export interface LibraryListing {
  workshops: WorkshopCard[];
  /** Template files that could not be loaded, each with what is wrong and where. */
  problems: { file: string; problems: Problem[] }[];
}

export interface WorkshopDetail {
  workshop: Workshop;
  builtIn: boolean;
  /** The agenda with running start times. */
  agenda: AgendaRow[];
}

export const workshopChannels = {
  'workshops:list': channel<z.ZodObject<{}>, LibraryListing>(z.strictObject({})),
  'workshops:get': channel<z.ZodObject<{ id: typeof idSchema }>, WorkshopDetail>(z.strictObject({ id: idSchema })),
};
