import type { ParseReading, StatementKind } from '../../api/workflow-types.js';
import type { Formatter } from '../../format.js';
import { useWorkspace } from '../../session/workspace-context.js';

export const KIND_WORD: Readonly<Record<StatementKind, string>> = {
  kpi: 'KPI: a level to maintain',
  key_result: 'Key result: an improvement',
  task: 'Activity: an initiative, not a key result',
  milestone: 'Milestone: a binary key result',
  objective: 'Objective: a qualitative aim',
};

function describeNumbers(r: ParseReading, fmt: Formatter): string[] {
  const v = (n: number | null) => (n === null ? '?' : fmt.value(n, r.unit));
  const lines: string[] = [];
  if (r.metric) lines.push(`Metric: ${r.metric}`);
  switch (r.direction) {
    case 'increase':
    case 'decrease':
      if (r.baseline !== null || r.target !== null)
        lines.push(
          `${r.direction === 'increase' ? 'Increase' : 'Decrease'} from ${v(r.baseline)} to ${v(r.target)}`,
        );
      if (r.change)
        lines.push(
          `Change: ${r.change.amount > 0 ? '+' : ''}${fmt.number(r.change.amount)}${r.change.relative ? ' %' : r.unit ? ` ${r.unit}` : ''}`,
        );
      break;
    case 'at_least':
      lines.push(`Healthy at least ${v(r.target ?? r.low)}`);
      break;
    case 'at_most':
      lines.push(`Healthy at most ${v(r.target ?? r.high)}`);
      break;
    case 'between':
      lines.push(`Healthy between ${v(r.low)} and ${v(r.high)}`);
      break;
    default:
      break;
  }
  if (r.current !== null) lines.push(`Current value: ${v(r.current)}`);
  if (r.due) lines.push(`Due: ${fmt.day(r.due)}`);
  return lines;
}

/** How Ratchet read the sentence, and what the coach thinks of it. */
export function ReadingPreview({ reading }: { readonly reading: ParseReading }) {
  const { fmt } = useWorkspace();
  const lines = describeNumbers(reading, fmt);
  return (
    <section className="card reading" aria-labelledby="reading-title" aria-live="polite">
      <p className="muted small">Ratchet reads this as</p>
      <h2 id="reading-title">{KIND_WORD[reading.kind]}</h2>
      {lines.length > 0 && (
        <ul className="reading-facts">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <p className="muted small">{reading.why}</p>
      {reading.findings.length > 0 && (
        <div className="coach">
          <h3 className="attention-group-title">Coach</h3>
          <ul className="attention-list">
            {reading.findings.map((f) => (
              <li
                key={`${f.rule}:${f.message}`}
                className={`attention-item tone-${f.severity === 'error' ? 'breach' : f.severity === 'warning' ? 'at-risk' : 'no-data'}`}
              >
                <div className="attention-head">
                  <span className="attention-mark" aria-hidden="true" />
                  <p className="small">
                    {f.message} <span className="muted">({f.rule})</span>
                  </p>
                </div>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
