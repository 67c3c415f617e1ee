import type { DashboardKpi, SeriesPoint } from '../../api/types.js';
import { Sparkline } from '../../charts/sparkline.js';
import { StatusBadge } from '../../components/status-badge.js';
import { heldText } from '../../held-text.js';
import { rangeText, rangeWords } from '../../range-text.js';
import { Link } from '../../router/link.js';
import { paths } from '../../router/routes.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { kpiStatusLook } from '../../status.js';
import { trendText } from '../../trend-text.js';

const DAY_MS = 86_400_000;

/** The dashboard's series when sent; otherwise the report's recent values, a day apart. */
function pointsOf(kpi: DashboardKpi): readonly SeriesPoint[] {
  if (kpi.series && kpi.series.length > 0) return kpi.series;
  return kpi.recent.map((value, i) => ({ at: i * DAY_MS, value }));
}

export function KpiCard({ kpi }: { readonly kpi: DashboardKpi }) {
  const { ws, fmt } = useWorkspace();
  const look = kpiStatusLook(kpi.status);
  const points = pointsOf(kpi);
  const healthyText = rangeText(kpi.healthy, kpi.unit, fmt);
  const valueText = fmt.value(kpi.value, kpi.unit);
  return (
    <article className={`kpi-card tone-${look.tone}`} aria-label={`${kpi.name}: ${valueText}, ${look.word}`}>
      <div className="kpi-card-head">
        <h3 className="kpi-name">
          <Link to={paths.kpi(ws, kpi.id)}>{kpi.name}</Link>
        </h3>
        <StatusBadge look={look} size="small" />
      </div>
      <div className="kpi-value-row">
        <span className="kpi-value">{valueText}</span>
        {kpi.trend && <Trend trend={kpi.trend} slope={kpi.trendSlope} />}
      </div>
      <p className="kpi-range muted small">
        {healthyText ? `Healthy ${healthyText}` : 'No healthy range yet'}
      </p>
      {points.length > 1 ? (
        <Sparkline
          points={points}
          healthy={kpi.healthy}
          tone={look.tone}
          label={`${kpi.name} over the last ${points.length} values; healthy ${rangeWords(kpi.healthy, kpi.unit, fmt)}`}
        />
      ) : (
        <div className="sparkline-empty muted small">
          {points.length === 1 ? 'One value so far' : 'No values yet'}
        </div>
      )}
      {kpi.heldWatch && <HeldLine watch={kpi.heldWatch} />}
      {(kpi.stale || kpi.breachStreak > 0) && (
        <div className="row kpi-flags">
          {kpi.stale && (
            <span className="pill pill-warn" title="The latest value is older than 1.5 review periods">
              Stale{kpi.at ? ` · ${fmt.relative(kpi.at)}` : ''}
            </span>
          )}
          {kpi.breachStreak > 0 && (
            <span className="pill pill-bad">
              {kpi.breachStreak === 1
                ? '1 value outside range'
                : `${kpi.breachStreak} values in a row outside range`}
            </span>
          )}
        </div>
      )}
    </article>
  );
}

/** "Held?" after a ratchet: holding or slipped since when, with the whole sentence on hover and for screen readers. */
function HeldLine({ watch }: { readonly watch: NonNullable<DashboardKpi['heldWatch']> }) {
  const { fmt } = useWorkspace();
  const text = heldText(watch, fmt);
  return (
    <p className="kpi-held small">
      <StatusBadge look={{ tone: text.tone, word: text.label }} size="small" />
      <span className="visually-hidden"> {text.sentence}</span>
    </p>
  );
}

/** The value's direction as an arrow and a word, and whether that is good as a separate, coloured word. */
function Trend({
  trend,
  slope,
}: {
  readonly trend: NonNullable<DashboardKpi['trend']>;
  readonly slope: number | null;
}) {
  const text = trendText(trend, slope);
  return (
    <span className="trend" title={`Trend: ${text.sentence}`}>
      <span aria-hidden="true">{text.arrow}</span> {text.direction}
      {text.judgement && <span className={`trend-${text.judgement}`}> · {text.judgement}</span>}
    </span>
  );
}
