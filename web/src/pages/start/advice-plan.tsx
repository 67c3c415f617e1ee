import type { Advice } from '../../../../src/core/advise/advise.js';
import type { Suggestions } from '../../../../src/core/suggest/suggestion.js';
import { Link } from '../../router/link.js';
import { paths } from '../../router/routes.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { SuggestedKpi } from './suggested-kpi.js';

const LEAD_WORD = { kpis: 'Lead with KPIs', okrs: 'Lead with OKRs', both: 'KPIs and OKRs together' } as const;

/** The plan the answers lead to: counts, rhythm, the loop in numbers, the why, and metrics to start with. */
export function AdvicePlan({
  advice,
  templates,
  onChangeAnswers,
}: {
  readonly advice: Advice;
  /** The advice's templates in the workspace's currency. */
  readonly templates: Suggestions;
  readonly onChangeAnswers: () => void;
}) {
  const { ws } = useWorkspace();
  return (
    <section className="stack" aria-labelledby="plan-title">
      <div className="card card-pad-l stack">
        <p className="pill plan-lead">{LEAD_WORD[advice.lead]}</p>
        <h2 id="plan-title">{advice.headline}</h2>
        <dl className="plan-numbers">
          <div>
            <dt>KPIs</dt>
            <dd>{advice.kpis.recommended}</dd>
          </div>
          <div>
            <dt>Objectives this quarter</dt>
            <dd>{advice.objectives.recommended}</dd>
          </div>
          <div>
            <dt>Key results each</dt>
            <dd>
              {advice.keyResultsPerObjective.min}–{advice.keyResultsPerObjective.max}
            </dd>
          </div>
          <div>
            <dt>Review time</dt>
            <dd>{advice.cadence.minutesPerWeek} min a week</dd>
          </div>
        </dl>
        {advice.warnings.map((warning) => (
          <p key={warning} className="alert alert-warning">
            {warning}
          </p>
        ))}
        <h3>Your loop</h3>
        <ol className="plan-loop">
          {advice.loop.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <details>
          <summary>Why this plan</summary>
          <ul className="plain-list stack plan-reasons">
            {advice.reasons.map((reason) => (
              <li key={reason.point}>
                <strong>{reason.point}</strong>
                <blockquote>
                  “{reason.quote.text}”<footer className="muted small">{reason.quote.source}</footer>
                </blockquote>
              </li>
            ))}
          </ul>
        </details>
      </div>
      <section className="card stack" aria-labelledby="suggested-kpis-title">
        <h3 id="suggested-kpis-title">KPIs to start with</h3>
        {templates.note && <p className="muted small">{templates.note}</p>}
        <ul className="plain-list suggestion-list">
          {templates.kpis.slice(0, advice.kpis.recommended).map((s) => (
            <SuggestedKpi key={s.templateId} suggestion={s} />
          ))}
        </ul>
      </section>
      {advice.objectives.recommended > 0 && templates.keyResults.length > 0 && (
        <section className="card stack" aria-labelledby="suggested-krs-title">
          <h3 id="suggested-krs-title">Key results you could aim for</h3>
          <ul className="plain-list suggestion-list">
            {templates.keyResults.slice(0, 3).map((s) => (
              <li key={s.templateId} className="suggestion">
                <div>
                  <strong>{s.keyResult ?? s.metric}</strong>
                  <p className="muted small">{s.example ? `e.g. ${s.example}` : s.why}</p>
                </div>
                <Link
                  className="btn btn-small"
                  to={`${paths.quickAdd(ws)}?text=${encodeURIComponent(s.example ?? s.keyResult ?? s.metric)}`}
                >
                  Write it
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="row">
        <Link className="btn btn-primary" to={paths.dashboard(ws)}>
          Go to my dashboard
        </Link>
        <button type="button" className="btn" onClick={onChangeAnswers}>
          Change my answers
        </button>
      </div>
    </section>
  );
}
