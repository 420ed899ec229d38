/**
 * Who may call what. Every channel belongs to one or more roles; a host tells dispatch the caller's
 * role (from the window, or from the access token) and dispatch refuses anything outside it.
 *  - facilitator: the console, which runs the workshop;
 *  - projector: the audience window, which may only read and steer what the room sees;
 *  - participant: a phone in the room, which may only send its own answers.
 */
import { channels, type ChannelName } from './index';

export const ROLES = ['facilitator', 'projector', 'participant'] as const;
export type Role = (typeof ROLES)[number];

/** Channels that are not the facilitator's alone. Every other channel belongs to the facilitator only. */
const shared: Partial<Record<ChannelName, readonly Role[]>> = {
  // The words and tables every view shows before anything else.
  'app:reference': ['facilitator', 'projector'],
  'projector:join': ['facilitator', 'projector'],
  'projector:intent': ['facilitator', 'projector'],
};

/** Each channel with the roles it belongs to. */
export const channelRoles = Object.fromEntries(
  (Object.keys(channels) as ChannelName[]).map((name) => [name, shared[name] ?? (['facilitator'] as const)]),
) as Record<ChannelName, readonly Role[]>;

export const mayCall = (role: Role, name: ChannelName): boolean => channelRoles[name].includes(role);

/** The channels one role may call, for tests and for reading. */
export const channelsOf = (role: Role): ChannelName[] => (Object.keys(channelRoles) as ChannelName[]).filter((n) => mayCall(role, n));

export const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);
