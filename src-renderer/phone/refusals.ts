// A refusal from the room in the phone's own language: the room sends a fixed reason with its English message.
import type { RoomClosing } from '../../src-main/contract/room';
import * as m from './messages';

interface RoomError {
  message?: string;
  reason?: string;
  amount?: number;
}

/** What to say for an error from the room: its reason in the phone's language, else the room's own words, else `fallback`. */
export function refusalText(error: RoomError | undefined, fallback: string): string {
  const count = error?.amount ?? 0;
  switch (error?.reason) {
    case 'wrong-code':
      return m.phone_reason_wrong_code();
    case 'locked-out':
      return m.phone_reason_locked_out({ count });
    case 'locked':
      return m.phone_reason_locked();
    case 'full':
      return m.phone_reason_full({ count });
    case 'closed':
      return m.phone_reason_closed();
    case 'not-current':
      return m.phone_reason_not_current();
    case 'unknown-option':
      return m.phone_reason_unknown_option();
    case 'unknown-item':
      return m.phone_reason_unknown_item();
    case 'join-first':
      return m.phone_reason_join_first();
    case 'empty':
      return m.phone_reason_empty();
    case 'too-many-waiting':
      return m.phone_reason_too_many_waiting({ count });
    case 'queue-full':
      return m.phone_reason_queue_full();
    case 'question-gone':
      return m.phone_reason_question_gone();
    default:
      return error?.message ?? fallback;
  }
}

/** Why the room closed, in the phone's language. */
export function closingText(closing: RoomClosing): string {
  switch (closing.reason) {
    case 'moved':
      return m.phone_closed_moved();
    case 'closed':
      return m.phone_closed_closed();
    case 'quit':
      return m.phone_closed_quit();
    default:
      return closing.message;
  }
}
