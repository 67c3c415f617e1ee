import { type Digest, type DigestItem, notifyApi } from '../../api/notify-endpoints.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { PageSkeleton } from '../../components/page-skeleton.js';
import { useDirectory } from '../../hooks/use-directory.js';
import { useResource } from '../../hooks/use-resource.js';
import { setQueryParam, useLocation } from '../../router/history.js';
import { Link } from '../../router/link.js';
import { paths } from '../../router/routes.js';
import { useWorkspace } from '../../session/workspace-context.js';

/**
 * The weekly digest in the app (issue 10, "The Monday digest"): what the Monday email says,
 * as of now — yours, or for an admin any person's or team's. The server builds it from the
 * same document as the email and `ratchet digest`, so all three say the same.
 */
export default function DigestPage() {
  const { ws, workspace } = useWorkspace();
  const { directory } = useDirectory();
  const { query } = useLocation();
  const admin = workspace.role === 'admin' || workspace.role === 'owner';
  const person = query.get('person') ?? undefined;
  const team = query.get('team') ?? undefined;
  const digest = useResource<Digest>(`digest:${ws}:${person ?? ''}:${team ?? ''}`, (signal) =>
    notifyApi(ws).digest({ person, team }, signal),
  );

  return (
    <div className="page digest-page">
      <div className="page-head">
        <div>
          <h1>Digest</h1>
          <p className="subtitle">
            What the Monday email says: breaches to answer, check-ins due, key results at risk, ratchets to
            accept and this week's wins.
          </p>
        </div>
        {admin && directory && (
          <div className="field">
            <label htmlFor="digest-whose">Whose digest</label>
            <select
              id="digest-whose"
              className="select"
              value={team ? `team:${team}` : person ? `person:${person}` : ''}
              onChange={(e) => {
                const [kind, id] = e.target.value.split(/:(.*)/s);
                setQueryParam('team', kind === 'team' ? id : undefined);
                setQueryParam('person', kind === 'person' ? id : undefined);
              }}
            >
              <option value="">Mine</option>
              <optgroup label="People">
                {directory.people.map((p) => (
                  <option key={p.id} value={`person:${p.id}`}>
                    {p.name}
                  </option>
                ))}
              </optgroup>
              {directory.teams.length > 0 && (
                <optgroup label="Teams">
                  {directory.teams.map((t) => (
                    <option key={t.id} value={`team:${t.id}`}>
                      {t.name}
                    </option>
                  ))}
                </optgroup>
              )}
            </select>
          </div>
        )}
      </div>
      {digest.error && !digest.data ? (
        <ErrorNotice error={digest.error} onRetry={digest.reload} />
      ) : !digest.data ? (
        <PageSkeleton />
      ) : (
        <DigestBody digest={digest.data} ws={ws} />
      )}
    </div>
  );
}

function DigestBody({ digest, ws }: { readonly digest: Digest; readonly ws: string }) {
  return (
    <article className="card digest" aria-labelledby="digest-subject">
      <h2 id="digest-subject">{digest.subject}</h2>
      <p className="muted">{digest.intro}</p>
      {digest.sections.length === 0 && <p>{digest.empty}</p>}
      {digest.sections.map((section) => (
        <section key={section.kind} aria-label={section.title}>
          <h3>{section.title}</h3>
          <ul>
            {section.items.map((item) => (
              <li key={`${item.kind}:${item.ref}`}>
                <ItemText item={item} ws={ws} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      <details>
        <summary>As Markdown</summary>
        <pre className="digest-markdown">{digest.markdown}</pre>
      </details>
    </article>
  );
}

/** The item's words, with a link to where it is answered. */
function ItemText({ item, ws }: { readonly item: DigestItem; readonly ws: string }) {
  const to = whereAnswered(item, ws);
  return (
    <>
      {item.message} <Link to={to.path}>{to.label}</Link>
    </>
  );
}

function whereAnswered(item: DigestItem, ws: string): { path: string; label: string } {
  switch (item.kind) {
    case 'unanswered_breach':
    case 'out_of_range':
    case 'slipped':
    case 'held':
      return { path: paths.kpi(ws, item.ref), label: 'Open the KPI' };
    case 'missing_check_in':
    case 'at_risk_kr':
      return { path: paths.checkIn(ws), label: 'Check in' };
    case 'pending_proposal':
      return { path: paths.cycleReview(ws, item.ref), label: 'Open the review' };
  }
}
