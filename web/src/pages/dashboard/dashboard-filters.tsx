import type { Directory } from '../../hooks/use-directory.js';
import { todayIso } from '../../now.js';
import { setQueryParam } from '../../router/history.js';
import { ALL_CYCLES, type CycleScope, currentCycles } from './cycle-scope.js';

export interface Filters {
  readonly team?: string;
  readonly cycle?: string;
  readonly owner?: string;
}

function FilterSelect(props: {
  readonly label: string;
  readonly name: keyof Filters;
  readonly value: string | undefined;
  readonly all: string;
  readonly options: readonly { id: string; name: string }[];
}) {
  const id = `filter-${props.name}`;
  return (
    <div className="filter">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        className="select"
        value={props.value ?? ''}
        onChange={(e) => setQueryParam(props.name, e.target.value || undefined)}
      >
        <option value="">{props.all}</option>
        {props.options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * Team, cycle and owner filters, kept in the URL so a filtered view can be shared and
 * survives a reload. The cycle filter starts on the current cycle(s); "All cycles" and
 * each cycle by name are a choice away. A freelancer has no teams to filter.
 */
export function DashboardFilters({
  directory,
  filters,
  scope,
  cycleOnly,
}: {
  readonly directory: Directory | undefined;
  readonly filters: Filters;
  readonly scope: CycleScope;
  readonly cycleOnly: boolean;
}) {
  const today = todayIso();
  const current = new Set(currentCycles(directory?.cycles ?? [], today).map((c) => c.id));
  const currentNames = [...current].join(' + ');
  const cycles = [
    { id: ALL_CYCLES, name: 'All cycles' },
    ...[...(directory?.cycles ?? [])]
      .sort((a, b) => b.start.localeCompare(a.start))
      .map((c) => ({ id: c.id, name: current.has(c.id) ? `${c.id} (current)` : c.id })),
  ];
  return (
    <search className="filters" aria-label="Filter the dashboard">
      {!cycleOnly && (
        <FilterSelect
          label="Team"
          name="team"
          value={filters.team}
          all="All teams"
          options={directory?.teams ?? []}
        />
      )}
      <FilterSelect
        label="Cycle"
        name="cycle"
        value={scope.kind === 'current' ? undefined : filters.cycle}
        all={currentNames ? `Current (${currentNames})` : 'Current cycle'}
        options={cycles}
      />
      {!cycleOnly && (
        <FilterSelect
          label="Owner"
          name="owner"
          value={filters.owner}
          all="Everyone"
          options={directory?.people ?? []}
        />
      )}
    </search>
  );
}
