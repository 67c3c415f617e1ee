import type { ObjectiveGrade } from '../../api/workflow-types.js';
import { StatusBadge } from '../../components/status-badge.js';
import { Link } from '../../router/link.js';
import { paths } from '../../router/routes.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { gradeTone } from '../../status.js';

const GRADE_WORD = { green: 'Delivered', yellow: 'Progress', red: 'Missed' } as const;

export interface GradeRow extends ObjectiveGrade {
  readonly type?: 'aspirational' | 'committed';
}

/** Grades per objective (progress to one decimal): 0.7–1.0 green, 0.4–0.6 yellow, below red. */
export function GradesTable({
  grades,
  caption,
}: {
  readonly grades: readonly GradeRow[];
  readonly caption: string;
}) {
  const { ws, fmt } = useWorkspace();
  const typed = grades.some((g) => g.type !== undefined);
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Objective</th>
            {typed && <th scope="col">Type</th>}
            <th scope="col" className="num">
              Grade
            </th>
            <th scope="col">Verdict</th>
          </tr>
        </thead>
        <tbody>
          {grades.map((g) => (
            <tr key={g.objective}>
              <td>
                <Link to={paths.objective(ws, g.objective)}>{g.title}</Link>
                {g.gradeNote && <p className="muted small">{g.gradeNote}</p>}
              </td>
              {typed && <td className="muted">{g.type}</td>}
              <td className="num grade">{fmt.grade(g.grade)}</td>
              <td>
                <StatusBadge
                  look={{ tone: gradeTone(g.gradeColour), word: GRADE_WORD[g.gradeColour] }}
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
