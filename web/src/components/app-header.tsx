import { useLiveEvents } from '../hooks/use-live-events.js';
import { Link } from '../router/link.js';
import { paths } from '../router/routes.js';
import { useWorkspace } from '../session/workspace-context.js';
import { BrandMark } from './brand-mark.js';
import { InboxBell } from './inbox-bell.js';
import { LiveIndicator } from './live-indicator.js';
import { ThemeToggle } from './theme-toggle.js';
import { UserMenu } from './user-menu.js';
import { WorkspaceSwitcher } from './workspace-switcher.js';

export function AppHeader() {
  const { ws, workspace } = useWorkspace();
  const live = useLiveEvents(ws);
  const nav = [
    { to: paths.dashboard(ws), label: 'Home' },
    { to: paths.checkIn(ws), label: 'Check-in' },
    { to: paths.quickAdd(ws), label: 'Quick add' },
    { to: paths.cycles(ws), label: 'Cycles' },
    { to: paths.digest(ws), label: 'Digest' },
    ...(workspace.freelancer ? [] : [{ to: paths.alignment(ws), label: 'Alignment' }]),
    { to: paths.settings(ws), label: 'Settings' },
  ];
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="app-header-inner">
        <Link to={paths.dashboard(ws)} className="brand" aria-label="Ratchet home">
          <BrandMark />
          <span>Ratchet</span>
        </Link>
        <WorkspaceSwitcher />
        <nav className="main-nav" aria-label="Main">
          {nav.map((item) => (
            <Link key={item.to} to={item.to} navLink>
              {item.label}
            </Link>
          ))}
        </nav>
        <div className="header-tools">
          <LiveIndicator state={live} />
          <InboxBell />
          <ThemeToggle />
          <UserMenu />
        </div>
      </div>
    </header>
  );
}
