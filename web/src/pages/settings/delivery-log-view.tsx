import type { DeliveryLog } from '../../api/notify-endpoints.js';
import { useWorkspace } from '../../session/workspace-context.js';

/** What waits to be sent, and the newest attempts: time, outcome, answer, attempt number. */
export function DeliveryLogView({ log }: { readonly log: DeliveryLog }) {
  const { fmt } = useWorkspace();
  if (log.waiting.length === 0 && log.attempts.length === 0) {
    return <p className="muted small">Nothing sent yet.</p>;
  }
  return (
    <div className="stack">
      {log.waiting.length > 0 && (
        <p className="small">
          {fmt.number(log.waiting.length, 0)} waiting; the next is due{' '}
          {fmt.relative(log.waiting[0]?.dueAt ?? '')}.
        </p>
      )}
      <table className="table small" aria-label="Delivery log">
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Event</th>
            <th scope="col">Outcome</th>
            <th scope="col">Answer</th>
            <th scope="col">Attempt</th>
          </tr>
        </thead>
        <tbody>
          {log.attempts.slice(0, 20).map((a) => (
            <tr key={`${a.delivery}-${a.attempt}`}>
              <td>{fmt.dateTime(a.at)}</td>
              <td className="mono">{a.event}</td>
              <td>{a.outcome === 'sent' ? 'Sent' : 'Failed'}</td>
              <td>
                {a.responseCode !== null ? `${a.responseCode} ` : ''}
                <span className="muted">{(a.response ?? '').slice(0, 120)}</span>
              </td>
              <td>{fmt.number(a.attempt, 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
