import type { ProjectorRoute } from '../../../src-main/contract/routes';

/** The views of the app, addressed by the location hash so a reload keeps the place. */
export type Route =
  | { view: 'library' }
  | { view: 'workshop'; workshopId: string }
  | { view: 'console'; sessionId: string }
  | { view: 'projector'; sessionId: string }
  | { view: 'sessions'; sessionId?: string }
  | { view: 'my-workshops' }
  | { view: 'editor'; workshopId: string }
  | { view: 'not-found'; hash: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [head, id] = parts;
  if (!head) return { view: 'library' };
  if (head === 'workshop' && id) return { view: 'workshop', workshopId: id };
  if (head === 'console' && id) return { view: 'console', sessionId: id };
  if (head === 'projector' && id) return { view: 'projector', sessionId: id };
  if (head === 'sessions') return id ? { view: 'sessions', sessionId: id } : { view: 'sessions' };
  if (head === 'my-workshops') return { view: 'my-workshops' };
  if (head === 'editor' && id) return { view: 'editor', workshopId: id };
  return { view: 'not-found', hash };
}

export function hrefOf(route: Route): string {
  switch (route.view) {
    case 'library':
      return '#/';
    case 'workshop':
      return `#/workshop/${encodeURIComponent(route.workshopId)}`;
    case 'console':
      return `#/console/${encodeURIComponent(route.sessionId)}`;
    case 'projector':
      // The form the hosts hand out (src-main/contract/routes.ts).
      return `#/projector/${encodeURIComponent(route.sessionId)}` satisfies ProjectorRoute;
    case 'sessions':
      return route.sessionId ? `#/sessions/${encodeURIComponent(route.sessionId)}` : '#/sessions';
    case 'my-workshops':
      return '#/my-workshops';
    case 'editor':
      return `#/editor/${encodeURIComponent(route.workshopId)}`;
    case 'not-found':
      return route.hash;
  }
}
