import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { APP_CSP, APP_SCHEME, appRequestPath } from './security-policy';
import { realPathInside, safePath } from '../services/safe-path';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

const notFound = () => new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });

/**
 * Serves the built renderer as app://secure-base/… instead of file://: only that host, only GET,
 * never a path outside the renderer folder, and every response carries the CSP.
 */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const urlPath = appRequestPath(request.method, request.url);
    const path = urlPath === null ? null : safePath(rendererDir, urlPath);
    const real = path === null ? null : await realPathInside(rendererDir, path);
    if (!real) return notFound();
    // A folder makes the file fetch fail: answer 404, not a network error.
    const file = await net.fetch(pathToFileURL(real).toString()).catch(() => null);
    if (!file?.ok) return notFound();
    const headers = new Headers(file.headers);
    headers.set('content-security-policy', APP_CSP);
    headers.set('x-content-type-options', 'nosniff');
    return new Response(file.body, { status: 200, headers });
  });
}
