import type { SeriesPoint } from '../../api/types.js';
import { useWorkspace } from '../../session/workspace-context.js';

const SHOWN = 6;

/** The latest values as text (the chart's numbers for anyone who cannot see the chart), and all of them as CSV. */
export function RecentValues({
  kpi,
  points,
  unit,
}: {
  readonly kpi: string;
  readonly points: readonly SeriesPoint[];
  readonly unit?: string | null;
}) {
  const { api, fmt } = useWorkspace();
  if (points.length === 0) return null;
  const latest = [...points]
    .sort((a, b) => new Date(b.at).getTime() - new Date(a.at).getTime())
    .slice(0, SHOWN);
  return (
    <>
      <details className="recent-values">
        <summary>Latest values</summary>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col" className="num">
                Value
              </th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {latest.map((p) => (
              <tr key={String(p.at)}>
                <td>{fmt.date(p.at)}</td>
                <td className="num">{fmt.value(p.value, unit)}</td>
                <td className="muted">{p.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <p className="small">
        <a href={api.pointsCsvUrl(kpi)} download>
          Download {points.length === 1 ? 'the value' : `all ${fmt.number(points.length, 0)} values`} as CSV
        </a>
      </p>
    </>
  );
}
