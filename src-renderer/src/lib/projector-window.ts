const WINDOW_NAME = 'secure-base-projector';

/**
 * Opens (or brings back) the audience window in the browser host, with the projector's own access
 * token (from 'projector:open'), which grants the projector role only. The token travels in the URL
 * and replaces the console's copy in the new tab's sessionStorage; the page removes it from its
 * address bar at once.
 */
export function openProjectorWindow(route: string, token: string): Window | null {
  const url = `${location.pathname}?token=${encodeURIComponent(token)}${route}`;
  const win = window.open(url, WINDOW_NAME, 'popup,width=1280,height=720');
  win?.focus();
  return win;
}
