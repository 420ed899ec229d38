/**
 * Who may call what. Every channel belongs to one or more roles; a host tells dispatch the caller's
 * role (from the window, or from the access token) and dispatch refuses anything outside it.
 *  - facilitator: the console, which runs the workshop;
 *  - projector: the audience window, which may only read and steer what the room sees;
 *  - participant: a phone in the room, which may only send its own answers.
 */
import { channels, type ChannelName } from './index';
import { phoneChannels, type PhoneChannelName } from './room';

export const ROLES = ['facilitator', 'projector', 'participant'] as const;
export type Role = (typeof ROLES)[number];

/** Channels that are not the facilitator's alone. Every other channel belongs to the facilitator only. */
const shared: Partial<Record<ChannelName, readonly Role[]>> = {
  // The words and tables every view shows before anything else.
  'app:reference': ['facilitator', 'projector'],
  // The interface's language: the projector speaks it too when the workshop is in the same language.
  'language:get': ['facilitator', 'projector'],
  'projector:join': ['facilitator', 'projector'],
  'projector:intent': ['facilitator', 'projector'],
  // The join screen: the projector shows it and toggles it with J.
  'room:join-view': ['facilitator', 'projector'],
  'room:join-screen': ['facilitator', 'projector'],
  // The questions screen's approved texts; showing it is the facilitator's alone.
  'room:questions-view': ['facilitator', 'projector'],
};

export type AnyChannelName = ChannelName | PhoneChannelName;

/** Each channel with the roles it belongs to; the phone's channels are the participant's alone. */
export const channelRoles = {
  ...Object.fromEntries((Object.keys(channels) as ChannelName[]).map((name) => [name, shared[name] ?? (['facilitator'] as const)])),
  ...Object.fromEntries((Object.keys(phoneChannels) as PhoneChannelName[]).map((name) => [name, ['participant'] as const])),
} as Record<AnyChannelName, readonly Role[]>;

export const mayCall = (role: Role, name: AnyChannelName): boolean => channelRoles[name].includes(role);

/** The channels one role may call, for tests and for reading. */
export const channelsOf = (role: Role): AnyChannelName[] => (Object.keys(channelRoles) as AnyChannelName[]).filter((n) => mayCall(role, n));

export const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);
