import type { Directory } from '../../hooks/use-directory.js';
import { setQueryParam } from '../../router/history.js';

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

/** Team, cycle and owner filters, kept in the URL so a filtered view can be shared. */
export function DashboardFilters({
  directory,
  filters,
}: {
  readonly directory: Directory | undefined;
  readonly filters: Filters;
}) {
  const cycles = [...(directory?.cycles ?? [])]
    .sort((a, b) => b.start.localeCompare(a.start))
    .map((c) => ({ id: c.id, name: c.id === directory?.currentCycle?.id ? `${c.id} (current)` : c.id }));
  return (
    <search className="filters" aria-label="Filter the dashboard">
      <FilterSelect
        label="Team"
        name="team"
        value={filters.team}
        all="All teams"
        options={directory?.teams ?? []}
      />
      <FilterSelect label="Cycle" name="cycle" value={filters.cycle} all="Current cycle" options={cycles} />
      <FilterSelect
        label="Owner"
        name="owner"
        value={filters.owner}
        all="Everyone"
        options={directory?.people ?? []}
      />
    </search>
  );
}
