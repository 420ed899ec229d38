import { hrefOf, parseRoute, type Route } from './routes';

/** The current view, from the location hash; going elsewhere sets the hash. */
export class Router {
  #route = $state<Route>(parseRoute(location.hash));

  constructor() {
    addEventListener('hashchange', () => (this.#route = parseRoute(location.hash)));
  }

  get route(): Route {
    return this.#route;
  }

  go(route: Route): void {
    location.hash = hrefOf(route);
  }
}
