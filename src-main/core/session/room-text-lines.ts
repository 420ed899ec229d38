/** The room's approved texts in words, for the Sessions view, the Markdown export and the summary PDF. */
import type { KeptQuestion, RoomTexts } from './room-texts';
import { m, type Locale } from '../catalog/locale';

/** "Is it normal to miss home? (Sam) · 3 votes" */
export const questionLine = (q: KeptQuestion, locale: Locale = 'en'): string =>
  `${q.text}${q.nickname ? ` (${q.nickname})` : ''} · ${m.sessions_record_votes({ count: q.votes }, { locale })}`;

/** Approved questions, most upvoted first (the file keeps them so). */
export const questionLines = (texts: RoomTexts | undefined, locale: Locale = 'en'): string[] =>
  (texts?.questions ?? []).map((q) => questionLine(q, locale));

/** One scenario activity's approved responses, grouped by card. */
export function responseCards(texts: RoomTexts | undefined, activityId: string): { title: string; texts: string[] }[] {
  const cards = new Map<string, { title: string; texts: string[] }>();
  for (const r of texts?.responses[activityId] ?? []) {
    let card = cards.get(r.cardId);
    if (!card) cards.set(r.cardId, (card = { title: r.cardTitle || r.cardId, texts: [] }));
    card.texts.push(`${r.text}${r.nickname ? ` (${r.nickname})` : ''}`);
  }
  return [...cards.values()];
}

/** The same as lines: "Card title: response". */
export const responseLines = (texts: RoomTexts | undefined, activityId: string): string[] =>
  responseCards(texts, activityId).flatMap((c) => c.texts.map((t) => `${c.title}: ${t}`));
