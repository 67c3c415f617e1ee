import { type InboxItem, notifyApi } from '../api/notify-endpoints.js';
import { useDisclosure } from '../hooks/use-disclosure.js';
import { useResource } from '../hooks/use-resource.js';
import { navigate } from '../router/history.js';
import { paths } from '../router/routes.js';
import { useWorkspace } from '../session/workspace-context.js';

/**
 * The in-app inbox: a bell with the unread count, updated live (every change on the
 * workspace's event stream reloads it), and a list of the newest notifications.
 */
export function InboxBell() {
  const { ws, fmt } = useWorkspace();
  const api = notifyApi(ws);
  const inbox = useResource(`inbox:${ws}`, (signal) => api.inbox(signal));
  const { open, toggle, close, rootRef, buttonRef } = useDisclosure<HTMLDivElement>();
  const unread = inbox.data?.unread ?? 0;
  const items = inbox.data?.items ?? [];

  async function openItem(item: InboxItem) {
    close();
    if (!item.read) await api.markRead([item.id]).catch(() => undefined);
    inbox.reload();
    if (item.about?.entity === 'kpi') navigate(paths.kpi(ws, item.about.id));
    else if (item.about) navigate(`${paths.settings(ws)}#notifications`);
  }

  async function markAllRead() {
    await api.markRead().catch(() => undefined);
    inbox.reload();
  }

  const label =
    unread === 0 ? 'Notifications: none unread' : `Notifications: ${fmt.number(unread, 0)} unread`;
  return (
    <div className="relative" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="bell-btn"
        aria-expanded={open}
        aria-haspopup="true"
        aria-label={label}
        title={label}
        onClick={toggle}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor">
          <path
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
            d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9M13.7 21a2 2 0 0 1-3.4 0"
          />
        </svg>
        {unread > 0 && (
          <span className="bell-count" data-testid="unread-count">
            {unread > 99 ? '99+' : fmt.number(unread, 0)}
          </span>
        )}
      </button>
      {open && (
        <div className="menu-popover inbox-popover">
          <div className="spread">
            <span className="menu-label">Notifications</span>
            {unread > 0 && (
              <button type="button" className="btn btn-small btn-ghost" onClick={() => void markAllRead()}>
                Mark all read
              </button>
            )}
          </div>
          {items.length === 0 && (
            <p className="muted small inbox-empty">Nothing yet. Alerts on KPIs you own appear here.</p>
          )}
          {items.map((item) => (
            <button
              key={item.id}
              type="button"
              className={item.read ? 'inbox-item' : 'inbox-item unread'}
              onClick={() => void openItem(item)}
            >
              <strong>{item.title}</strong>
              <span className="small muted">{item.detail}</span>
              <span className="small muted">{fmt.relative(item.at)}</span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
