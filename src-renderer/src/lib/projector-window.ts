/** Where http-bridge keeps this tab's access token (see takeToken there). */
const TOKEN_KEY = 'secure-base-token';
const WINDOW_NAME = 'secure-base-projector';

/**
 * Opens (or brings back) the audience window in the browser host. A same-origin window opened
 * this way gets a copy of sessionStorage in Chromium, but the token also travels in the URL, so
 * it works anywhere; the projector page removes it from its address bar at once.
 */
export function openProjectorWindow(route: string, storage: Storage = sessionStorage): Window | null {
  const token = storage.getItem(TOKEN_KEY) ?? '';
  const url = `${location.pathname}?token=${encodeURIComponent(token)}${route}`;
  const win = window.open(url, WINDOW_NAME, 'popup,width=1280,height=720');
  win?.focus();
  return win;
}
