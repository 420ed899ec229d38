import { matchesAll, prepareSession, searchSession, searchTerms, type PreparedSession, type SessionMatch } from '../../core/session/search';
import type { Session } from '../../core/session/session-schema';
import type { SearchResults } from '../../contract/sessions';
import type { Store } from '../store/store';

/** The most sessions one search lists; the rest are counted. */
export const MAX_SEARCH_RESULTS = 100;

/**
 * Notes folded for searching, per saved session object. The store replaces a session's object on
 * every save, so an entry can never be stale, and entries of replaced objects are collected.
 */
const prepared = new WeakMap<Readonly<Session>, PreparedSession>();

/**
 * Searches every session's notes and captures, newest session first. The first search opens the
 * sessions the store has not opened yet (it keeps them afterwards), so later ones scan memory.
 */
export async function searchNotes(store: Store, query: string): Promise<SearchResults> {
  const terms = searchTerms(query);
  const sessions: SessionMatch[] = [];
  let searched = 0;
  let matched = 0;
  for await (const session of store.readSessions()) {
    searched++;
    let p = prepared.get(session);
    if (!p) prepared.set(session, (p = prepareSession(session as Session)));
    if (sessions.length >= MAX_SEARCH_RESULTS) {
      if (matchesAll(p, terms)) matched++;
      continue;
    }
    const match = searchSession(p, terms);
    if (match) {
      sessions.push(match);
      matched++;
    }
  }
  return { terms, sessions, searched, matched };
}
