import { AlignmentNode, type MapContext } from './alignment-node.js';
import type { TeamBranch } from './alignment-tree.js';

/** A team on the map: its objectives, then its sub-teams; collapses like a folder. */
export function TeamBranchNode({ branch, map }: { readonly branch: TeamBranch; readonly map: MapContext }) {
  const { team, objectives, teams, total } = branch;
  return (
    <li className="map-team">
      <details open={total > 0}>
        <summary>
          <span className="map-team-name">{team.name}</span>
          <span className="pill">{total === 1 ? '1 objective' : `${total} objectives`}</span>
        </summary>
        <ul className="map-list" aria-label={`${team.name}: objectives and teams`}>
          {objectives.length === 0 && teams.length === 0 && (
            <li className="muted small">No objectives in this cycle.</li>
          )}
          {objectives.map((o) => (
            <AlignmentNode key={o.id} objective={o} map={map} />
          ))}
          {teams.map((b) => (
            <TeamBranchNode key={b.team.id} branch={b} map={map} />
          ))}
        </ul>
      </details>
    </li>
  );
}
