import type { Session } from './session-schema';

/** A piece of a snippet; `match` pieces are shown highlighted. Plain text, never HTML. */
export interface SearchSegment {
  text: string;
  match: boolean;
}

export interface NoteMatch {
  where: 'session' | 'activity' | 'capture';
  activityId?: string;
  /** The activity's title as it was when the session ran. */
  activityTitle?: string;
  captureId?: string;
  /** When a quick capture was taken. */
  at?: string;
  snippet: SearchSegment[];
  /** How many times the words occur in this note. */
  count: number;
}

export interface SessionMatch {
  sessionId: string;
  workshopTitle: string;
  group: string;
  createdAt: string;
  /** The first notes that hold the words, each with a snippet. */
  matches: NoteMatch[];
  /** Further notes of this session that hold them, not listed. */
  moreNotes: number;
}

/** Notes listed per session; the rest are counted, so a long session doesn't bury the others. */
export const NOTES_PER_SESSION = 5;

const MARKS = /\p{M}+/gu;
const MAX_TERMS = 8;

/** Case and accents don't matter: "resume" finds "Résumé". Plain ASCII skips the costly normalising. */
const foldWhole = (text: string) =>
  !/[^\p{ASCII}]/u.test(text) ? text.toLowerCase() : text.normalize('NFD').replace(MARKS, '').toLowerCase();

export function searchTerms(query: string): string[] {
  const terms = foldWhole(query).split(/\s+/).filter(Boolean);
  return [...new Set(terms)].slice(0, MAX_TERMS);
}

/** The folded text with, for each of its UTF-16 units, the index in the original text it came from. */
function foldWithMap(text: string): { folded: string; origin: number[] } {
  if (/^[\x20-\x7e\s]*$/.test(text)) return { folded: text.toLowerCase(), origin: [] };
  let folded = '';
  const origin: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = foldWhole(ch);
    folded += f;
    for (let k = 0; k < f.length; k++) origin.push(i);
    i += ch.length;
  }
  return { folded, origin };
}

type Range = [start: number, end: number];

/** Where the terms occur in the original text, merged and in order. */
export function matchRanges(text: string, terms: readonly string[]): Range[] {
  const { folded, origin } = foldWithMap(text);
  const at = (k: number) => (origin.length ? (origin[k] ?? text.length) : k);
  const ranges: Range[] = [];
  for (const term of terms) {
    for (let k = folded.indexOf(term); k >= 0; k = folded.indexOf(term, k + term.length)) {
      const start = at(k);
      const lastUnit = at(k + term.length - 1);
      const end = origin.length ? lastUnit + (text.codePointAt(lastUnit)! > 0xffff ? 2 : 1) : k + term.length;
      ranges.push([start, end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return merged;
}

/** A window of the text around the first match, cut at spaces, with every match inside it marked. */
export function snippetOf(text: string, ranges: readonly Range[], radius = 80): SearchSegment[] {
  if (ranges.length === 0) return [{ text: text.slice(0, radius * 2), match: false }];
  let from = Math.max(0, ranges[0][0] - radius);
  let to = Math.min(text.length, ranges[0][1] + radius * 2);
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  if (to < text.length) to = text.lastIndexOf(' ', to) > ranges[0][1] ? text.lastIndexOf(' ', to) : to;
  from = Math.min(from, ranges[0][0]);
  const segments: SearchSegment[] = [];
  const push = (s: string, match: boolean) => s && segments.push({ text: s, match });
  let cursor = from;
  for (const [start, end] of ranges) {
    if (start >= to) break;
    push(text.slice(cursor, start), false);
    push(text.slice(start, Math.min(end, to)), true);
    cursor = Math.min(end, to);
  }
  push(text.slice(cursor, to), false);
  if (from > 0) segments.unshift({ text: '…', match: false });
  if (to < text.length) segments.push({ text: '…', match: false });
  return segments;
}

interface NoteText extends Omit<NoteMatch, 'snippet' | 'count'> {
  text: string;
}

function notesOf(session: Session): NoteText[] {
  const titles = new Map(session.agenda.map((a) => [a.activityId, a.title]));
  const out: NoteText[] = [];
  if (session.notes.session) out.push({ where: 'session', text: session.notes.session });
  for (const [activityId, text] of Object.entries(session.notes.activities)) {
    if (text) out.push({ where: 'activity', activityId, activityTitle: titles.get(activityId) ?? activityId, text });
  }
  for (const c of session.notes.captures) {
    out.push({
      where: 'capture',
      captureId: c.id,
      at: c.at,
      text: c.text,
      ...(c.activityId ? { activityId: c.activityId, activityTitle: titles.get(c.activityId) ?? c.activityId } : {}),
    });
  }
  return out;
}

/** A session's notes folded once for searching; the store keeps it while the session is unchanged. */
export interface PreparedSession {
  session: Session;
  notes: { note: NoteText; folded: string }[];
}

export const prepareSession = (session: Session): PreparedSession => ({
  session,
  notes: notesOf(session).map((note) => ({ note, folded: foldWhole(note.text) })),
});

/**
 * A session matches when every word of the query occurs somewhere in its notes (not necessarily in
 * the same note); each note holding any of the words is listed with its highlighted snippet.
 */
export function searchSession(session: Session | PreparedSession, terms: readonly string[]): SessionMatch | null {
  if (terms.length === 0) return null;
  const prepared = Array.isArray(session.notes) ? (session as PreparedSession) : prepareSession(session as Session);
  if (!matchesAll(prepared, terms)) return null;
  const matches: NoteMatch[] = [];
  let moreNotes = 0;
  for (const { note, folded } of prepared.notes) {
    if (!terms.some((t) => folded.includes(t))) continue;
    if (matches.length >= NOTES_PER_SESSION) {
      moreNotes++;
      continue;
    }
    const ranges = matchRanges(note.text, terms);
    if (ranges.length === 0) continue;
    const { text, ...where } = note;
    matches.push({ ...where, snippet: snippetOf(text, ranges), count: ranges.length });
  }
  const s = prepared.session;
  return { sessionId: s.id, workshopTitle: s.workshopTitle, group: s.group, createdAt: s.createdAt, matches, moreNotes };
}

/** Whether every word occurs somewhere in the session's notes: the cheap test, without snippets. */
export const matchesAll = (prepared: PreparedSession, terms: readonly string[]): boolean =>
  terms.length > 0 && terms.every((t) => prepared.notes.some((n) => n.folded.includes(t)));
