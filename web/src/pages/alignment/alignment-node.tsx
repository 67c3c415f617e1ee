import { useRef, useState } from 'react';
import type { DashboardKpi, DashboardObjective } from '../../api/types.js';
import { ProgressBar } from '../../components/progress-bar.js';
import { StatusBadge } from '../../components/status-badge.js';
import type { Directory } from '../../hooks/use-directory.js';
import { Link } from '../../router/link.js';
import { paths } from '../../router/routes.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { kpiStatusLook, krStatusLook } from '../../status.js';
import { supportersOf } from './alignment-tree.js';
import { ParentPicker } from './parent-picker.js';

/** What every objective node of the map reads besides itself. */
export interface MapContext {
  readonly objectives: ReadonlyMap<string, DashboardObjective>;
  readonly kpis: ReadonlyMap<string, DashboardKpi>;
  readonly versions: ReadonlyMap<string, number>;
  readonly directory: Directory;
  readonly parentChoices: (id: string) => readonly DashboardObjective[];
  readonly onChanged: () => void;
}

/** One objective on the map: progress, what it supports, its key results and their KPIs. */
export function AlignmentNode({
  objective,
  map,
}: {
  readonly objective: DashboardObjective;
  readonly map: MapContext;
}) {
  const { ws, fmt } = useWorkspace();
  const [picking, setPicking] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const look = krStatusLook(objective.status);
  const parents = objective.parents.flatMap((id) => map.objectives.get(id) ?? []);
  const elsewhere = objective.parents.length - parents.length;
  const supporters = supportersOf([...map.objectives.values()], objective.id);
  const close = () => {
    setPicking(false);
    requestAnimationFrame(() => opener.current?.focus());
  };
  return (
    <li className="map-objective">
      <details open>
        <summary>
          <span className="map-objective-title">{objective.title}</span>
          <StatusBadge look={look} size="small" />
          <span className="objective-pct">{fmt.percent(objective.progress)}</span>
        </summary>
        <div className="map-objective-body">
          <p className="muted small">
            <Link to={paths.objective(ws, objective.id)}>Open objective</Link>
            {map.directory.personName(objective.owner)
              ? ` · ${map.directory.personName(objective.owner)}`
              : ''}
          </p>
          <ProgressBar
            progress={objective.progress}
            expected={objective.expected}
            tone={look.tone}
            label={`Progress of ${objective.title}`}
            valueText={`${fmt.percent(objective.progress)} done, ${fmt.percent(objective.expected)} expected by now`}
          />
          <div className="row map-parent">
            <span className="small">
              {parents.length > 0 ? (
                <>
                  Supports{' '}
                  {parents.map((p, i) => (
                    <span key={p.id}>
                      {i === 0 ? '' : i === parents.length - 1 ? ' and ' : ', '}
                      <Link to={paths.objective(ws, p.id)}>{p.title}</Link>
                    </span>
                  ))}
                  {elsewhere > 0 &&
                    ` and ${elsewhere === 1 ? 'an objective' : `${elsewhere} objectives`} of another cycle`}
                </>
              ) : elsewhere > 0 ? (
                `Supports ${elsewhere === 1 ? 'an objective' : `${elsewhere} objectives`} of another cycle`
              ) : (
                <span className="muted">Supports nothing yet</span>
              )}
              {supporters.length > 0 && (
                <span className="muted">
                  {' · '}
                  {supporters.length === 1
                    ? '1 objective supports it'
                    : `${supporters.length} objectives support it`}
                </span>
              )}
            </span>
            {!picking && (
              <button
                ref={opener}
                type="button"
                className="btn btn-small"
                aria-label={`${objective.parents.length > 0 ? 'Change' : 'Set'} the parent of ${objective.title}`}
                onClick={() => setPicking(true)}
              >
                {objective.parents.length > 0 ? 'Add or change parents' : 'Set parent'}
              </button>
            )}
          </div>
          {picking && (
            <ParentPicker
              objective={objective}
              version={map.versions.get(objective.id)}
              choices={map.parentChoices(objective.id)}
              teamName={map.directory.teamName}
              onSaved={map.onChanged}
              onClose={close}
            />
          )}
          {supporters.length > 0 && (
            <ul className="map-supporters" aria-label={`Objectives supporting ${objective.title}`}>
              {supporters.map(({ objective: s, alsoUnder }) => (
                <li key={s.id} className="map-supporter small">
                  <Link to={paths.objective(ws, s.id)}>{s.title}</Link>{' '}
                  <span className="objective-pct">{fmt.percent(s.progress)}</span>
                  {alsoUnder && <span className="muted"> · also supports {alsoUnder.title}</span>}
                </li>
              ))}
            </ul>
          )}
          {objective.keyResults.length === 0 ? (
            <p className="muted small">No key results yet.</p>
          ) : (
            <ul className="map-krs" aria-label={`Key results of ${objective.title}`}>
              {objective.keyResults.map((kr) => {
                const krLook = krStatusLook(kr.status);
                const kpi = kr.kpi ? map.kpis.get(kr.kpi) : undefined;
                return (
                  <li key={kr.id} className="map-kr">
                    <div className="map-kr-head">
                      <span>{kr.title}</span>
                      <span className="objective-pct">{fmt.percent(kr.progress)}</span>
                    </div>
                    <ProgressBar
                      progress={kr.progress}
                      expected={kr.expected}
                      tone={krLook.tone}
                      label={`Progress of ${kr.title}`}
                      valueText={`${fmt.percent(kr.progress)} done, ${krLook.word.toLowerCase()}`}
                    />
                    {kpi && (
                      <p className="map-kpi small">
                        <span className="muted">KPI</span> <Link to={paths.kpi(ws, kpi.id)}>{kpi.name}</Link>{' '}
                        <StatusBadge look={kpiStatusLook(kpi.status)} size="small" />{' '}
                        <span className="muted">{fmt.value(kpi.value, kpi.unit)}</span>
                      </p>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      </details>
    </li>
  );
}
