import type { DashboardObjective } from '../../api/types.js';
import { StatusBadge } from '../../components/status-badge.js';
import { Link } from '../../router/link.js';
import { paths } from '../../router/routes.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { gradeTone } from '../../status.js';

const GRADE_WORD = { green: 'Delivered', yellow: 'Progress', red: 'Missed' } as const;

/** Grades per objective (progress to one decimal): 0.7–1.0 green, 0.4–0.6 yellow, below red. */
export function GradesTable({ objectives }: { readonly objectives: readonly DashboardObjective[] }) {
  const { ws, fmt } = useWorkspace();
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Grades per objective</caption>
        <thead>
          <tr>
            <th scope="col">Objective</th>
            <th scope="col">Type</th>
            <th scope="col" className="num">
              Grade
            </th>
            <th scope="col">Verdict</th>
          </tr>
        </thead>
        <tbody>
          {objectives.map((o) => (
            <tr key={o.id}>
              <td>
                <Link to={paths.objective(ws, o.id)}>{o.title}</Link>
                {o.gradeNote && <p className="muted small">{o.gradeNote}</p>}
              </td>
              <td className="muted">{o.type}</td>
              <td className="num grade">{fmt.number(o.grade, 1)}</td>
              <td>
                <StatusBadge
                  look={{ tone: gradeTone(o.gradeColour), word: GRADE_WORD[o.gradeColour] }}
                  size="small"
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
