import { ErrorNotice } from './components/error-notice.js';
import { Redirect } from './components/redirect.js';
import { Skeleton } from './components/skeleton.js';
import { InvitePage } from './pages/invite/invite-page.js';
import { NewWorkspacePage } from './pages/new-workspace/new-workspace-page.js';
import { SetupPage } from './pages/setup/setup-page.js';
import { SignInPage } from './pages/sign-in/sign-in-page.js';
import { useLocation } from './router/history.js';
import { parseRoute, paths } from './router/routes.js';
import { lastWorkspace } from './session/last-workspace.js';
import { SessionProvider, useSession } from './session/session-context.js';
import { WorkspaceApp } from './workspace-app.js';

export function App() {
  return (
    <SessionProvider>
      <Gate />
    </SessionProvider>
  );
}

/** Decides what a visitor may see: setup on a fresh server, sign-in, or the workspace. */
function Gate() {
  const { state, refresh } = useSession();
  const { path, query } = useLocation();
  const route = parseRoute(path);

  // An invitation link opens for anyone holding it, signed in or not.
  if (route.name === 'invite' && state.status !== 'loading') return <InvitePage token={route.token} />;
  switch (state.status) {
    case 'loading':
      return (
        <div className="centered-page" aria-busy="true">
          <div className="auth-card stack">
            <Skeleton height={28} width="40%" />
            <Skeleton height={120} />
          </div>
        </div>
      );
    case 'error':
      return (
        <div className="centered-page">
          <div className="auth-card">
            <ErrorNotice error={state.error} onRetry={() => void refresh()} />
          </div>
        </div>
      );
    case 'setup-needed':
      return route.name === 'setup' ? <SetupPage /> : <Redirect to={paths.setup()} />;
    case 'signed-out': {
      if (route.name === 'sign-in') return <SignInPage />;
      const next = route.name === 'root' || route.name === 'setup' ? '' : `?next=${encodeURIComponent(path)}`;
      return <Redirect to={`${paths.signIn()}${next}`} />;
    }
    case 'signed-in': {
      const { me } = state;
      if (route.name === 'new-workspace') {
        const from = lastWorkspace(me.workspaces.map((w) => w.slug));
        return <NewWorkspacePage back={from ? paths.dashboard(from) : null} />;
      }
      if (route.name === 'root' || route.name === 'setup' || route.name === 'sign-in') {
        const next = query.get('next');
        if (next?.startsWith('/w/')) return <Redirect to={next} />;
        const slug = lastWorkspace(me.workspaces.map((w) => w.slug));
        if (slug) return <Redirect to={paths.dashboard(slug)} />;
        return (
          <div className="centered-page">
            <div className="auth-card alert alert-info">
              You are signed in as {me.user.email} but belong to no workspace yet. Ask a workspace owner to
              invite you, or <a href={paths.newWorkspace()}>start a workspace of your own</a>.
            </div>
          </div>
        );
      }
      return <WorkspaceApp me={me} route={route} />;
    }
  }
}
