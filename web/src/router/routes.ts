/**
 * Every screen and its URL, in one place. Workspace pages live under /w/{slug}/.
 */
export type Route =
  | { readonly name: 'root' }
  | { readonly name: 'setup' }
  | { readonly name: 'sign-in' }
  | { readonly name: 'new-workspace' }
  | { readonly name: 'invite'; readonly token: string }
  | { readonly name: 'dashboard'; readonly ws: string }
  | { readonly name: 'kpi'; readonly ws: string; readonly id: string }
  | { readonly name: 'objective'; readonly ws: string; readonly id: string }
  | { readonly name: 'check-in'; readonly ws: string }
  | { readonly name: 'quick-add'; readonly ws: string }
  | { readonly name: 'cycles'; readonly ws: string }
  | { readonly name: 'alignment'; readonly ws: string }
  | { readonly name: 'settings'; readonly ws: string }
  | { readonly name: 'digest'; readonly ws: string }
  | { readonly name: 'start'; readonly ws: string }
  | { readonly name: 'not-found' };

export function parseRoute(path: string): Route {
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { name: 'root' };
  if (parts[0] === 'setup' && parts.length === 1) return { name: 'setup' };
  if (parts[0] === 'sign-in' && parts.length === 1) return { name: 'sign-in' };
  if (parts[0] === 'new-workspace' && parts.length === 1) return { name: 'new-workspace' };
  if (parts[0] === 'invite' && parts[1] && parts.length === 2) return { name: 'invite', token: parts[1] };
  if (parts[0] !== 'w' || !parts[1]) return { name: 'not-found' };
  const ws = parts[1];
  const [section, id] = [parts[2], parts[3]];
  if (section === undefined) return { name: 'dashboard', ws };
  if (section === 'kpis' && id) return { name: 'kpi', ws, id };
  if (section === 'objectives' && id) return { name: 'objective', ws, id };
  if (parts.length > 3) return { name: 'not-found' };
  if (section === 'check-in') return { name: 'check-in', ws };
  if (section === 'add') return { name: 'quick-add', ws };
  if (section === 'cycles') return { name: 'cycles', ws };
  if (section === 'alignment') return { name: 'alignment', ws };
  if (section === 'settings') return { name: 'settings', ws };
  if (section === 'digest') return { name: 'digest', ws };
  if (section === 'start') return { name: 'start', ws };
  return { name: 'not-found' };
}

const enc = encodeURIComponent;

/** Builders so no component concatenates URLs by hand. */
export const paths = {
  setup: () => '/setup',
  signIn: () => '/sign-in',
  newWorkspace: () => '/new-workspace',
  dashboard: (ws: string) => `/w/${enc(ws)}`,
  kpi: (ws: string, id: string) => `/w/${enc(ws)}/kpis/${enc(id)}`,
  objective: (ws: string, id: string) => `/w/${enc(ws)}/objectives/${enc(id)}`,
  checkIn: (ws: string) => `/w/${enc(ws)}/check-in`,
  quickAdd: (ws: string) => `/w/${enc(ws)}/add`,
  cycles: (ws: string) => `/w/${enc(ws)}/cycles`,
  /** The cycles page showing one cycle's review. */
  cycleReview: (ws: string, cycle: string) => `/w/${enc(ws)}/cycles?cycle=${enc(cycle)}`,
  alignment: (ws: string) => `/w/${enc(ws)}/alignment`,
  settings: (ws: string) => `/w/${enc(ws)}/settings`,
  digest: (ws: string) => `/w/${enc(ws)}/digest`,
  /** Settings, scrolled to its Cycles section: where every "create a cycle" hint points. */
  settingsCycles: (ws: string) => `/w/${enc(ws)}/settings#cycles`,
  start: (ws: string) => `/w/${enc(ws)}/start`,
};
