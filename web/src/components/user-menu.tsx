import { useDisclosure } from '../hooks/use-disclosure.js';
import { navigate } from '../router/history.js';
import { paths } from '../router/routes.js';
import { useSession } from '../session/session-context.js';
import { useWorkspace } from '../session/workspace-context.js';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : '')).toUpperCase() || '?';
}

export function UserMenu() {
  const { me } = useWorkspace();
  const { signOut } = useSession();
  const { open, toggle, close, rootRef, buttonRef } = useDisclosure<HTMLDivElement>();
  return (
    <div className="relative" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="avatar-btn"
        aria-expanded={open}
        aria-haspopup="true"
        aria-label={`Account: ${me.user.name}`}
        onClick={toggle}
      >
        {initials(me.user.name)}
      </button>
      {open && (
        <div className="menu-popover">
          <div className="menu-label">Signed in as</div>
          <div style={{ padding: '2px 10px 8px' }}>
            <div style={{ fontWeight: 600 }}>{me.user.name}</div>
            <div className="muted small">{me.user.email}</div>
          </div>
          <button
            type="button"
            onClick={() => {
              close();
              void signOut().then(() => navigate(paths.signIn(), { replace: true }));
            }}
          >
            Sign out
          </button>
        </div>
      )}
    </div>
  );
}
