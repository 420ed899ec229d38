import type { Session } from '../session/session-schema';

/** Where a running session stands. The live hub holds it; views only send intents. */
export interface LiveState {
  sessionId: string;
  activityIndex: number;
  activityCount: number;
}

export type LiveIntent = { type: 'next' } | { type: 'previous' } | { type: 'goto'; activityIndex: number };

export const liveStateOf = (session: Session): LiveState => ({
  sessionId: session.id,
  activityIndex: Math.min(session.position.activityIndex, Math.max(0, session.agenda.length - 1)),
  activityCount: session.agenda.length,
});

const clamp = (i: number, count: number) => Math.max(0, Math.min(count - 1, i));

export function applyIntent(state: LiveState, intent: LiveIntent): LiveState {
  switch (intent.type) {
    case 'next':
      return { ...state, activityIndex: clamp(state.activityIndex + 1, state.activityCount) };
    case 'previous':
      return { ...state, activityIndex: clamp(state.activityIndex - 1, state.activityCount) };
    case 'goto':
      return { ...state, activityIndex: clamp(intent.activityIndex, state.activityCount) };
  }
}
