/**
 * The room: the facilitator's channels to open and run it (facilitator role), and the phone's own
 * channel map (participant role), which is all a phone can reach on the room's port. Every message
 * from a phone is validated here before the room reads it.
 */
import { z } from 'zod';
import { channel } from './channel';
import { sessionIdSchema } from '../core/session/session-schema';
import { idSchema } from '../core/workshop/activity-schema';
import type { RoomAddress } from '../core/room/interfaces';
import type { PhoneQuestion } from '../core/room/phone-question';
import { phoneQuestionChannels, roomQuestionChannels, type PhoneQuestions } from './room-questions';

const sessionOnly = z.strictObject({ sessionId: sessionIdSchema });
/** Why the room closed, as a fixed word the phone says in its own language, and in English. */
export interface RoomClosing {
  reason: 'moved' | 'closed' | 'quit';
  message: string;
}

export const roomOpenInput = z.strictObject({
  sessionId: sessionIdSchema,
  /** One of the addresses from room:status; absent, the one picked last time or the best ranked. */
  address: z.ipv4().optional(),
});
export const roomLockInput = z.strictObject({ sessionId: sessionIdSchema, locked: z.boolean() });
export const roomQuestionInput = z.strictObject({ sessionId: sessionIdSchema, closed: z.boolean() });
export const roomMinGroupInput = z.strictObject({ sessionId: sessionIdSchema, minGroup: z.number().int().min(3).max(10) });
export const roomJoinScreenInput = z.strictObject({ sessionId: sessionIdSchema, show: z.boolean().optional() });

/** What the console shows about the room. */
export interface RoomStatus {
  sessionId: string;
  open: boolean;
  /** The join address with the room token, for the QR code; null while closed. */
  joinUrl: string | null;
  /** The address to type, e.g. "http://192.168.1.34:47615". */
  address: string | null;
  code: string | null;
  locked: boolean;
  /** Phones connected now. */
  connected: number;
  /** Phones that answered the question on screen (passes not counted). */
  answered: number;
  /** The question on screen, if it is one the phones answer. */
  question: { id: string; kind: PhoneQuestion['kind']; closed: boolean } | null;
  /** The minimum group size k: a result phones answered reaches the projector once k answered. */
  minGroup: number;
  /** Addresses the facilitator can pick from, best first. */
  addresses: RoomAddress[];
  /** Why the room cannot open, in the facilitator's words (English). */
  problem: string | null;
  /** True when that is because no network the phones can reach is there: the console says so in its own language. */
  noNetwork: boolean;
  showJoin: boolean;
}

/** What the projector may show about the room: the join screen, or the badge. */
export interface RoomJoinView {
  open: boolean;
  showJoin: boolean;
  joinUrl: string | null;
  address: string | null;
  code: string | null;
  locked: boolean;
}

export const roomChannels = {
  'room:status': channel<typeof sessionOnly, RoomStatus>(sessionOnly),
  /** "Let the room join": starts the room's server on one private address. */
  'room:open': channel<typeof roomOpenInput, RoomStatus>(roomOpenInput),
  'room:close': channel<typeof sessionOnly, RoomStatus>(sessionOnly),
  'room:lock': channel<typeof roomLockInput, RoomStatus>(roomLockInput),
  'room:new-code': channel<typeof sessionOnly, RoomStatus>(sessionOnly),
  /** Closes (or reopens) the question on screen: answers can change until it is closed. */
  'room:question': channel<typeof roomQuestionInput, RoomStatus>(roomQuestionInput),
  /** The minimum group size k (3 to 10), kept in settings for every session. */
  'room:min-group': channel<typeof roomMinGroupInput, RoomStatus>(roomMinGroupInput),
  /** Shows, hides or toggles the join screen on the projector (key J). */
  'room:join-screen': channel<typeof roomJoinScreenInput, RoomJoinView>(roomJoinScreenInput),
  'room:join-view': channel<typeof sessionOnly, RoomJoinView>(sessionOnly),
  ...roomQuestionChannels,
};

// ---- The phone's channels (participant role), over the room's WebSocket ----

const roomToken = z.string().regex(/^[A-Za-z0-9_-]{20,64}$/, 'not a room token');
/** The key a phone was given when it first joined, so it comes back as itself. */
const phoneKey = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'not a phone key');

export const phoneHelloInput = z.union([
  z.strictObject({ token: roomToken, phone: phoneKey.optional() }),
  z.strictObject({ code: z.string().min(1).max(20), phone: phoneKey.optional() }),
]);
/** A question on screen: an activity, or an activity and its statement or card ("talk.s2"). */
const questionKeySchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}(\.[a-z0-9][a-z0-9-]{0,79})?$/, 'not a question');
export const phoneAnswerInput = z.strictObject({
  questionId: questionKeySchema,
  optionId: idSchema,
  /** The card a card-sort answer places. */
  itemId: idSchema.optional(),
});
export const phonePingInput = z.strictObject({});

/** The question on screen as one phone sees it: closed or not, and its own answer. */
export type PhoneViewQuestion = PhoneQuestion & {
  closed: boolean;
  /** This phone's answer ("pass" when it passed), so a reloaded phone shows its own. */
  mine: string | null;
  /** A card sort: where this phone put each card. */
  sorted: Record<string, string>;
};

/** What a phone shows: the workshop's title, and the question on screen if there is one. */
export interface PhoneView {
  workshopTitle: string;
  /** The workshop's language (BCP 47): the question's lang and dir, and the page's words when the phone's own language has none. */
  lang?: string;
  question: PhoneViewQuestion | null;
}

export interface PhoneWelcome {
  phone: string;
  view: PhoneView;
}

export const phoneChannels = {
  'phone:hello': channel<typeof phoneHelloInput, PhoneWelcome>(phoneHelloInput),
  'phone:answer': channel<typeof phoneAnswerInput, PhoneView>(phoneAnswerInput),
  'phone:ping': channel<typeof phonePingInput, { at: number }>(phonePingInput),
  ...phoneQuestionChannels,
};
export type PhoneChannels = typeof phoneChannels;
export type PhoneChannelName = keyof PhoneChannels;

/** Largest message a phone may send, in bytes. */
export const MAX_PHONE_MESSAGE_BYTES = 4096;

/** A phone's call: `id` comes back on the answer. */
export const phoneEnvelope = z.strictObject({
  id: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31),
  channel: z.string().max(40),
  input: z.unknown(),
});

/** What the room sends a phone. */
export type RoomToPhone =
  | { reply: number; result: import('../core/result').Result<unknown> }
  | { event: 'view'; view: PhoneView }
  | { event: 'ping'; at: number }
  | { event: 'questions'; questions: PhoneQuestions }
  | ({ event: 'closed' } & RoomClosing);
