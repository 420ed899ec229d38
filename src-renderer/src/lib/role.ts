/** A view's rights: the projector window only ever receives what the room may see. */
export type ViewRole = 'facilitator' | 'projector';

export const viewRole = (): ViewRole => (location.hash.startsWith('#/projector') ? 'projector' : 'facilitator');
