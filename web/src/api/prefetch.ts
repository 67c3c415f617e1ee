import { parseRoute } from '../router/routes.js';
import { hasSessionHint } from '../session/session-hint.js';
import { API_BASE, apiUrl } from './client.js';

/**
 * The first screen's GETs, started while React is still starting: who is signed in, and
 * for a dashboard URL the dashboard itself and the lists its filters need. Without this
 * the dashboard waits for `/me` before it even asks (one round trip and a render later).
 * Each prefetched answer is used once, by the first identical request.
 */
const early = new Map<string, Promise<Response>>();

export function takePrefetched(url: string): Promise<Response> | undefined {
  const response = early.get(url);
  early.delete(url);
  return response;
}

function prefetch(url: string): void {
  early.set(url, fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' }));
}

export function prefetchFirstScreen(location: Location): void {
  // Without the hint the visitor is signed out: asking would only collect 401s.
  if (!hasSessionHint()) return;
  prefetch(`${API_BASE}/me`);
  const route = parseRoute(location.pathname);
  if (route.name !== 'dashboard') return;
  const w = `/workspaces/${encodeURIComponent(route.ws)}`;
  const query = new URLSearchParams(location.search);
  const cycle = query.get('cycle');
  // The same URLs, in the same order, as DashboardPage and useDirectory ask for.
  prefetch(
    apiUrl(`${w}/dashboard`, {
      team: query.get('team'),
      cycle: cycle === 'all' ? undefined : cycle,
      owner: query.get('owner'),
    }),
  );
  for (const list of ['teams', 'people', 'cycles']) prefetch(apiUrl(`${w}/${list}`, { limit: 500 }));
}
