import { requestedCycle } from '../pages/dashboard/cycle-scope.js';
import { parseRoute, type Route } from '../router/routes.js';
import { hasSessionHint } from '../session/session-hint.js';
import { prefetchHttp } from './client.js';
import { type WorkspaceApi, workspaceApi } from './endpoints.js';

type RouteNamed<N extends Route['name']> = Extract<Route, { name: N }>;
type FirstRequests<N extends Route['name']> = (
  api: WorkspaceApi,
  route: RouteNamed<N>,
  query: URLSearchParams,
) => unknown;

/**
 * What each page asks for as it first renders, through the same endpoints it calls, so the
 * entry can start those GETs in parallel with loading the page's code (and React starting)
 * instead of after it: without this a lazily loaded page sat about 300 ms idle before its
 * first data request. The page's identical GET takes the answer (`client.ts`). A page
 * missing here still works; it only waits. Keep each list in step with its page.
 */
const FIRST_SCREEN: { readonly [N in Route['name']]?: FirstRequests<N> } = {
  dashboard: (api, _route, query) =>
    api.dashboard({
      team: query.get('team') ?? undefined,
      cycle: requestedCycle(query.get('cycle') ?? undefined),
      owner: query.get('owner') ?? undefined,
    }),
  kpi: (api, { id }) => [api.kpi(id), api.points(id), api.dashboard({}), api.decisions(id), api.objectives()],
  // The objective's report comes from the dashboard of its own cycle: asked once it is known.
  objective: (api, { id }) => [
    api.objective(id).then((objective) => api.dashboard({ cycle: objective.cycle })),
    api.objectives(),
    api.initiatives(),
    api.kpis(),
  ],
  alignment: (api, _route, query) => [
    api.dashboard({ cycle: requestedCycle(query.get('cycle') ?? undefined) }),
    api.objectives(),
  ],
};

/** Who is signed in, the workspace's lists every page reads, and the route's own data. */
export function prefetchFirstScreen(location: Location): void {
  // Without the hint the visitor is signed out: asking would only collect 401s.
  if (!hasSessionHint()) return;
  prefetchHttp.get('/me').catch(() => undefined);
  const route = parseRoute(location.pathname);
  if (!('ws' in route)) return;
  const api = workspaceApi(route.ws, prefetchHttp);
  // The same calls, in the same order, as useDirectory makes.
  for (const started of [api.teams(), api.people(), api.cycles()]) started.catch(() => undefined);
  const first = FIRST_SCREEN[route.name] as FirstRequests<typeof route.name> | undefined;
  const started = first?.(api, route as never, new URLSearchParams(location.search));
  for (const request of [started].flat()) if (request instanceof Promise) request.catch(() => undefined);
}
