import { useDisclosure } from '../hooks/use-disclosure.js';
import { navigate } from '../router/history.js';
import { paths } from '../router/routes.js';
import { useWorkspace } from '../session/workspace-context.js';

/** Shows the current workspace; with more than one, switches between them. */
export function WorkspaceSwitcher() {
  const { workspace, me } = useWorkspace();
  const { open, toggle, close, rootRef, buttonRef } = useDisclosure<HTMLDivElement>();
  const others = me.workspaces.filter((w) => w.slug !== workspace.slug);
  return (
    <div className="relative" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="ws-switcher"
        aria-expanded={open}
        aria-haspopup="true"
        aria-label={`Workspace: ${workspace.name}. Switch workspace`}
        onClick={toggle}
      >
        <span className="ws-name">{workspace.name}</span>
        <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
          <path d="M3 4.5 6 7.5 9 4.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
        </svg>
      </button>
      {open && (
        <div className="menu-popover" style={{ left: 0, right: 'auto' }}>
          <div className="menu-label">Workspaces</div>
          <button type="button" aria-current="true" onClick={close}>
            ✓ {workspace.name}
            <span className="muted small"> · {workspace.freelancer ? 'freelancer' : 'team'}</span>
          </button>
          {others.map((w) => (
            <button
              key={w.slug}
              type="button"
              onClick={() => {
                close();
                navigate(paths.dashboard(w.slug));
              }}
            >
              {w.name}
              <span className="muted small"> · {w.freelancer ? 'freelancer' : 'team'}</span>
            </button>
          ))}
          {others.length === 0 && (
            <p className="muted small" style={{ padding: '4px 10px' }}>
              This is your only workspace.
            </p>
          )}
          <button
            type="button"
            onClick={() => {
              close();
              navigate(paths.newWorkspace());
            }}
          >
            + New workspace
          </button>
        </div>
      )}
    </div>
  );
}
