import { ErrorNotice } from '../../components/error-notice.js';
import { useDirectory } from '../../hooks/use-directory.js';
import { useNextCycle } from '../../hooks/use-next-cycle.js';
import { todayIso } from '../../now.js';
import { Link } from '../../router/link.js';
import { paths } from '../../router/routes.js';
import { useWorkspace } from '../../session/workspace-context.js';

/**
 * Offers the next cycle before the current one ends (issue 9, "Cycles from the start"):
 * one click for admins, a pointer to Settings → Cycles for everyone else.
 */
export function NextCycleBanner() {
  const { ws, fmt, workspace } = useWorkspace();
  const { directory, reload: reloadDirectory } = useDirectory();
  const { next: offered, offerNow, busy, error, plan } = useNextCycle(reloadDirectory);
  const next = offerNow ? offered : undefined;
  if (!next) return null;
  const canManage = workspace.role === 'owner' || workspace.role === 'admin';
  const day = (iso: string) => fmt.day(iso);
  const today = todayIso();
  const running = directory?.cycles.find((c) => c.start <= today && today <= c.end);

  return (
    <section className="alert alert-info next-cycle-banner" aria-label="Next cycle">
      <p>
        {running
          ? `${running.id} ends on ${day(running.end)}. Plan the next cycle so OKRs have a place to go: `
          : 'No cycle is running, so new OKRs have nowhere to go. Plan one: '}
        <strong>
          {next.id} ({day(next.start)} – {day(next.end)})
        </strong>
        .
      </p>
      {error !== null && <ErrorNotice error={error} />}
      {canManage ? (
        <div className="row">
          <button type="button" className="btn btn-small" disabled={busy} onClick={() => void plan()}>
            {busy ? 'Planning…' : `Plan ${next.id}`}
          </button>
          <Link className="btn btn-ghost btn-small" to={paths.settingsCycles(ws)}>
            Other dates…
          </Link>
        </div>
      ) : (
        <p className="small">Ask an admin to plan it in Settings → Cycles.</p>
      )}
    </section>
  );
}
