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
import { phoneQuestionChannels, roomQuestionChannels, type PhoneQuestions } from './room-questions';

const sessionOnly = z.strictObject({ sessionId: sessionIdSchema });
export const roomOpenInput = z.strictObject({
  sessionId: sessionIdSchema,
  /** One of the addresses from room:status; absent, the one picked last time or the best ranked. */
  address: z.ipv4().optional(),
});
export const roomLockInput = z.strictObject({ sessionId: sessionIdSchema, locked: z.boolean() });
export const roomQuestionInput = z.strictObject({ sessionId: sessionIdSchema, closed: z.boolean() });
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
  /** Phones that answered the question on screen. */
  answered: number;
  /** The question on screen, if it is one the phones answer. */
  question: { id: string; closed: boolean } | null;
  /** Addresses the facilitator can pick from, best first. */
  addresses: RoomAddress[];
  /** Why the room cannot open, in the facilitator's words. */
  problem: string | null;
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
export const phoneAnswerInput = z.strictObject({ questionId: idSchema, optionId: idSchema });
export const phonePingInput = z.strictObject({});

/** What a phone shows: the workshop's title, and the question on screen if there is one. */
export interface PhoneView {
  workshopTitle: string;
  question: {
    id: string;
    kind: 'poll';
    text: string;
    options: { id: string; label: string }[];
    closed: boolean;
    /** This phone's answer, so a reloaded phone shows its own vote. */
    mine: string | null;
  } | null;
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
  | { event: 'closed'; message: string };
