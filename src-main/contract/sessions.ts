import { z } from 'zod';
import { channel } from './channel';
import { idSchema } from '../core/workshop/activity-schema';
import { sessionIdSchema, type Session, type SessionSummary } from '../core/session/session-schema';
import type { SessionRecord } from '../core/session/session-record';
import type { SessionMatch } from '../core/session/search';
import type { ExportedFile } from './handouts';
import { scenarioCardsSchema } from '../core/session/scenario-cards';
import { languageTagSchema } from '../core/workshop/language';

export const startSessionInput = z.strictObject({
  workshopId: idSchema,
  group: z.string().trim().max(200).optional(),
  participants: z.number().int().min(0).max(10000).optional(),
  /** Scenario cards picked on the workshop page for this group. */
  scenarioCards: scenarioCardsSchema.optional(),
});

export const sessionRef = z.strictObject({ sessionId: sessionIdSchema });

/** A session read back in words: `lang` is the language of the words around notes and results (the interface's). */
export const sessionWordsInput = z.strictObject({ sessionId: sessionIdSchema, lang: languageTagSchema.optional() });

export const saveNoteInput = z.strictObject({
  sessionId: sessionIdSchema,
  /** The activity the note belongs to; absent for the session's own notes. */
  activityId: idSchema.optional(),
  text: z.string().max(200000),
});

export const searchInput = z.strictObject({ query: z.string().trim().min(1, 'type a word to search for').max(200) });

export interface NoteSaved {
  savedAt: string;
}

export interface SearchResults {
  /** The words searched for, after folding case and accents. */
  terms: string[];
  /** Sessions whose notes hold every word, newest first (at most 100). */
  sessions: SessionMatch[];
  /** How many sessions matched, listed or not. */
  matched: number;
  /** How many sessions were searched. */
  searched: number;
}

/** A file written into the data folder's exports/ folder: a download in the browser host, a save dialog in Electron. */
export interface SavedExport extends ExportedFile {
  /** Where it is on disk. */
  path: string;
}

export const sessionChannels = {
  'sessions:start': channel<typeof startSessionInput, Session>(startSessionInput),
  'sessions:list': channel<z.ZodObject<{}>, SessionSummary[]>(z.strictObject({})),
  'sessions:get': channel<typeof sessionRef, Session>(sessionRef),
  /** A past session read back: notes, captures and results in words, for the read-only view. */
  'sessions:record': channel<typeof sessionWordsInput, SessionRecord>(sessionWordsInput),
  'sessions:delete': channel<typeof sessionRef, { deleted: boolean }>(sessionRef),
  /** Full-text search across every session's notes and captures. */
  'sessions:search': channel<typeof searchInput, SearchResults>(searchInput),
  /** One session's notes as Markdown, written to exports/. */
  'sessions:export': channel<typeof sessionWordsInput, SavedExport>(sessionWordsInput),
  'notes:save': channel<typeof saveNoteInput, NoteSaved>(saveNoteInput),
};
