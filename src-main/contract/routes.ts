/**
 * The renderer's routes a host hands out or opens. The renderer's router reads the same form
 * (src-renderer/src/lib/routes.ts); tests/unit/core/routes.test.ts holds the two together.
 */
export type ProjectorRoute = `#/projector/${string}`;

/** The audience view of a session. */
export const projectorRoute = (sessionId: string): ProjectorRoute => `#/projector/${encodeURIComponent(sessionId)}`;
