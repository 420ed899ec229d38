import { m } from '../../../core/catalog/locale';
import type { SessionSummaryContent } from '../../../core/handout/session-summary';
import type { Composer } from '../layout/composer';
import { TYPE } from '../layout/theme';

/** The room's approved questions and written responses; nothing when there are none. */
export function composeRoomTexts(c: Composer, texts: SessionSummaryContent['roomTexts']): void {
  if (texts.questions.length === 0 && texts.responses.length === 0) return;
  const says = c.says;
  const sect = c.heading(c.root, 2, m.handouts_summary_room_phones({}, says), { outline: 0, spaceBefore: 26 });
  c.paragraph(sect, m.handouts_summary_room_approved({}, says), TYPE.note, { spaceBefore: 2 });
  if (texts.questions.length > 0) {
    const part = c.heading(sect, 3, m.handouts_summary_questions({}, says), { outline: 1, spaceBefore: 14 });
    c.list(part, texts.questions, false, TYPE.body, 4);
  }
  for (const activity of texts.responses) {
    const part = c.heading(sect, 3, m.handouts_summary_written_responses({ title: activity.title }, says), { outline: 1, spaceBefore: 14 });
    for (const card of activity.cards) {
      c.paragraph(part, card.title, TYPE.bodyStrong, { spaceBefore: 8 });
      c.list(part, card.texts, false, TYPE.body, 2);
    }
  }
}
