import { lazy, Suspense, useEffect } from 'react';
import type { Me } from './api/types.js';
import { AppHeader } from './components/app-header.js';
import { PageSkeleton } from './components/page-skeleton.js';
import { DashboardPage } from './pages/dashboard/dashboard-page.js';
import { NotFoundPage } from './pages/not-found-page.js';
import type { Route } from './router/routes.js';
import { rememberWorkspace } from './session/last-workspace.js';
import { WorkspaceProvider } from './session/workspace-context.js';

// Secondary pages load on demand so the first paint of the dashboard stays light.
const KpiPage = lazy(() => import('./pages/kpi/kpi-page.js'));
const ObjectivePage = lazy(() => import('./pages/objective/objective-page.js'));
const CheckInPage = lazy(() => import('./pages/check-in/check-in-page.js'));
const QuickAddPage = lazy(() => import('./pages/quick-add/quick-add-page.js'));
const CyclesPage = lazy(() => import('./pages/cycles/cycles-page.js'));
const AlignmentPage = lazy(() => import('./pages/alignment/alignment-page.js'));
const SettingsPage = lazy(() => import('./pages/settings/settings-page.js'));
const DigestPage = lazy(() => import('./pages/digest/digest-page.js'));
const StartPage = lazy(() => import('./pages/start/start-page.js'));

function Page({ route }: { readonly route: Route }) {
  switch (route.name) {
    case 'dashboard':
      return <DashboardPage />;
    case 'kpi':
      return <KpiPage id={route.id} />;
    case 'objective':
      return <ObjectivePage id={route.id} />;
    case 'check-in':
      return <CheckInPage />;
    case 'quick-add':
      return <QuickAddPage />;
    case 'cycles':
      return <CyclesPage />;
    case 'alignment':
      return <AlignmentPage />;
    case 'settings':
      return <SettingsPage />;
    case 'digest':
      return <DigestPage />;
    case 'start':
      return <StartPage />;
    default:
      return <NotFoundPage />;
  }
}

export function WorkspaceApp({ me, route }: { readonly me: Me; readonly route: Route }) {
  const slug = 'ws' in route ? route.ws : undefined;
  const workspace = me.workspaces.find((w) => w.slug === slug);
  useEffect(() => {
    if (workspace) rememberWorkspace(workspace.slug);
  }, [workspace]);

  if (!workspace) {
    return (
      <main id="main">
        <NotFoundPage message={slug ? `You are not a member of a workspace called “${slug}”.` : undefined} />
      </main>
    );
  }
  return (
    <WorkspaceProvider me={me} workspace={workspace}>
      <AppHeader />
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<PageSkeleton />}>
          <Page route={route} />
        </Suspense>
      </main>
    </WorkspaceProvider>
  );
}
