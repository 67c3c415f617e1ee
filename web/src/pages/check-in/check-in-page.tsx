import { useEffect, useMemo, useState } from 'react';
import type { DashboardObjective, Objective } from '../../api/types.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { PageSkeleton } from '../../components/page-skeleton.js';
import { useDirectory } from '../../hooks/use-directory.js';
import { useResource } from '../../hooks/use-resource.js';
import { todayIso } from '../../now.js';
import { Link } from '../../router/link.js';
import { paths } from '../../router/routes.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { currentCycles } from '../dashboard/cycle-scope.js';
import { checkInQueue, missingOwners } from './check-in-queue.js';
import { CheckInStep } from './check-in-step.js';

interface CheckInData {
  readonly objectives: readonly Objective[];
  readonly reports: readonly DashboardObjective[];
}

/** The weekly ritual: my key results one at a time, done in a couple of minutes. */
export default function CheckInPage() {
  const { ws, api } = useWorkspace();
  const { directory } = useDirectory();
  // Defaults to my key results when I own some, else everyone's.
  const [onlyMineChoice, setOnlyMine] = useState<boolean | null>(null);
  const [index, setIndex] = useState(0);
  const [saved, setSaved] = useState(0);
  // The queue is fixed when the ritual starts, so saving a check-in does not reorder it.
  const [startedAt] = useState(() => Date.now());
  const resource = useResource<CheckInData>(`check-in:${ws}`, async (signal) => {
    const [objectives, dashboard] = await Promise.all([api.objectives(signal), api.dashboard({}, signal)]);
    return { objectives: objectives.items, reports: dashboard.objectives };
  });
  const currentCycleList = useMemo(() => currentCycles(directory?.cycles ?? [], todayIso()), [directory]);
  const cycleIds = useMemo(() => new Set(currentCycleList.map((c) => c.id)), [currentCycleList]);
  const cycle = currentCycleList.map((c) => c.id).join('+');
  const mine = directory?.mePerson?.id;
  const data = resource.data;
  const all = useMemo(
    () => (data ? checkInQueue(data.objectives, data.reports, cycleIds, undefined, startedAt) : []),
    [data, cycleIds, startedAt],
  );
  const mineQueue = useMemo(
    () => (data && mine ? checkInQueue(data.objectives, data.reports, cycleIds, mine, startedAt) : []),
    [data, cycleIds, mine, startedAt],
  );
  const onlyMine = onlyMineChoice ?? mineQueue.length > 0;
  const live = onlyMine ? mineQueue : all;
  // The order is frozen when the ritual starts: each saved check-in reloads the data, and
  // a re-sorted queue would skip the next key result.
  const [order, setOrder] = useState<{ key: string; ids: readonly string[] } | null>(null);
  const orderKey = `${onlyMine}|${cycle}`;
  useEffect(() => {
    if (data && directory && order?.key !== orderKey)
      setOrder({ key: orderKey, ids: live.map((q) => q.kr.id) });
  }, [data, directory, order, orderKey, live]);
  const byId = new Map(live.map((q) => [q.kr.id, q]));
  const queue = (order?.key === orderKey ? order.ids : live.map((q) => q.kr.id)).flatMap((id) => {
    const item = byId.get(id);
    return item ? [item] : [];
  });

  if (resource.error && !data)
    return (
      <div className="page">
        <ErrorNotice error={resource.error} onRetry={resource.reload} />
      </div>
    );
  if (!data || !directory) return <PageSkeleton />;
  const missing = missingOwners(all, startedAt);
  const finished = index >= queue.length;
  const current = queue[index];

  return (
    <div className="page page-narrow check-in-page">
      <div className="page-head">
        <div>
          <h1>Weekly check-in</h1>
          <p className="subtitle">
            {cycle ? `Cycle ${cycle}` : 'No current cycle'} · value, confidence, a short why.
          </p>
        </div>
        {mine && (
          <label className="row small">
            <input
              type="checkbox"
              checked={onlyMine}
              onChange={(e) => {
                setOnlyMine(e.target.checked);
                setIndex(0);
              }}
            />
            Only my key results
          </label>
        )}
      </div>
      {queue.length > 0 && (
        <div className="steps" aria-hidden="true">
          {queue.map((q, i) => (
            <span
              key={q.kr.id}
              className={`step-dot${i < index ? ' done' : ''}${i === index ? ' current' : ''}`}
            />
          ))}
        </div>
      )}
      {queue.length === 0 ? (
        <EmptyState
          title={onlyMine && mine ? 'You own no key results in this cycle' : 'No key results in this cycle'}
          example="Increase trial-to-paid conversion from 12% to 18%"
          action={
            <Link className="btn" to={paths.quickAdd(ws)}>
              Write a key result
            </Link>
          }
        >
          A check-in is a dated update of a key result: its value, how confident you are of reaching the
          target, and a short note. Good key results are outcomes with a baseline and a target.
        </EmptyState>
      ) : finished || !current ? (
        <div className="card card-pad-l stack" role="status">
          <h2>Done. Thank you!</h2>
          <p>
            You checked in {saved} of {queue.length} key {queue.length === 1 ? 'result' : 'results'}.
          </p>
          <div className="row">
            <Link className="btn btn-primary" to={paths.dashboard(ws)}>
              Back to home
            </Link>
            <button type="button" className="btn" onClick={() => setIndex(0)}>
              Start over
            </button>
          </div>
        </div>
      ) : (
        <CheckInStep
          key={current.kr.id}
          item={current}
          position={index + 1}
          total={queue.length}
          onSaved={() => {
            setSaved((n) => n + 1);
            setIndex((i) => i + 1);
          }}
          onSkip={() => setIndex((i) => i + 1)}
          onBack={index > 0 ? () => setIndex((i) => i - 1) : undefined}
        />
      )}
      {missing.size > 0 && !workspaceIsSolo(directory.people.length) && (
        <section className="card" aria-labelledby="reminders-title">
          <h2 id="reminders-title" className="section-title">
            Not checked in this week
          </h2>
          <ul className="plain-list small">
            {[...missing].map(([owner, count]) => (
              <li key={owner}>
                {owner === 'unowned'
                  ? 'Key results without an owner'
                  : (directory.personName(owner) ?? owner)}
                : {count} {count === 1 ? 'key result' : 'key results'}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function workspaceIsSolo(people: number): boolean {
  return people <= 1;
}
