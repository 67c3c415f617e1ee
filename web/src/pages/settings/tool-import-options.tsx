import type { ToolImportInput } from '../../api/endpoints.js';
import type { ImportTool } from '../../api/types.js';
import { useDirectory } from '../../hooks/use-directory.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { csvHeader } from './csv-columns.js';

export type OkrField = keyof NonNullable<ToolImportInput['mapping']>;

/** The OKR file's fields, with the names the importer finds them by (docs/importers.md). */
const OKR_FIELDS: readonly { readonly field: OkrField; readonly label: string }[] = [
  { field: 'objective', label: 'Objective' },
  { field: 'keyResult', label: 'Key result' },
  { field: 'owner', label: 'Owner' },
  { field: 'baseline', label: 'Baseline' },
  { field: 'target', label: 'Target' },
  { field: 'current', label: 'Current value' },
  { field: 'due', label: 'Due date' },
];

/** What the CLI's flags say beyond the file: who, which cycle, how dates read, which column is which. */
export interface ToolImportChoices {
  readonly person?: string;
  readonly dateFormat?: NonNullable<ToolImportInput['dateFormat']>;
  readonly cycle?: string;
  readonly mapping?: Partial<Record<OkrField, string>>;
}

export const isTimeTracker = (tool: ImportTool) => tool === 'toggl' || tool === 'clockify';

/** The choices as the request sends them: empty ones left out, so the importer's defaults apply. */
export function choicesInput(tool: ImportTool, choices: ToolImportChoices): Partial<ToolImportInput> {
  if (isTimeTracker(tool)) {
    return {
      ...(choices.person ? { person: choices.person } : {}),
      ...(choices.dateFormat ? { dateFormat: choices.dateFormat } : {}),
    };
  }
  const mapping = Object.fromEntries(Object.entries(choices.mapping ?? {}).filter(([, header]) => header));
  return {
    ...(choices.cycle ? { cycle: choices.cycle } : {}),
    ...(Object.keys(mapping).length > 0 ? { mapping } : {}),
  };
}

/**
 * The options of `ratchet import --from` in the web app: for time trackers the person and
 * the date format; for OKR files the cycle and, for a file that names a column otherwise
 * (an export whose format is not confirmed), which of its columns holds each field.
 */
export function ToolImportOptions(props: {
  readonly id: string;
  readonly tool: ImportTool;
  readonly csv: string | undefined;
  readonly choices: ToolImportChoices;
  readonly onChange: (choices: ToolImportChoices) => void;
}) {
  const { id, tool, csv, choices, onChange } = props;
  const { directory } = useDirectory();
  const { fmt } = useWorkspace();
  const day = (iso: string) => fmt.day(iso);
  if (isTimeTracker(tool)) {
    return (
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${id}-person`}>Person</label>
          <select
            id={`${id}-person`}
            className="select"
            value={choices.person ?? ''}
            onChange={(e) => onChange({ ...choices, person: e.target.value })}
          >
            <option value="">Match each user to a person by name or email</option>
            {(directory?.people ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-dates`}>Dates in the file</label>
          <select
            id={`${id}-dates`}
            className="select"
            value={choices.dateFormat ?? ''}
            onChange={(e) =>
              onChange({
                ...choices,
                dateFormat: (e.target.value || undefined) as ToolImportChoices['dateFormat'],
              })
            }
          >
            <option value="">Read as the tool writes them</option>
            <option value="ymd">Year-month-day (2026-03-31)</option>
            <option value="dmy">Day/month/year (31/03/2026)</option>
            <option value="mdy">Month/day/year (03/31/2026)</option>
          </select>
        </div>
      </div>
    );
  }
  const header = csv === undefined ? [] : csvHeader(csv);
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-cycle`}>Cycle</label>
        <select
          id={`${id}-cycle`}
          className="select"
          value={choices.cycle ?? ''}
          onChange={(e) => onChange({ ...choices, cycle: e.target.value })}
        >
          <option value="">The cycle of each objective’s due date</option>
          {(directory?.cycles ?? []).map((c) => (
            <option key={c.id} value={c.id}>
              {c.id} ({day(c.start)} – {day(c.end)})
            </option>
          ))}
        </select>
      </div>
      {header.length > 0 && (
        <fieldset className="choice-group">
          <legend>Columns (only where the file names one differently)</legend>
          <div className="form-row">
            {OKR_FIELDS.map(({ field, label }) => (
              <div className="field" key={field}>
                <label htmlFor={`${id}-map-${field}`}>{label}</label>
                <select
                  id={`${id}-map-${field}`}
                  className="select"
                  value={choices.mapping?.[field] ?? ''}
                  onChange={(e) =>
                    onChange({ ...choices, mapping: { ...choices.mapping, [field]: e.target.value } })
                  }
                >
                  <option value="">Found by its usual names</option>
                  {header.map((column) => (
                    <option key={column} value={column}>
                      {column}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
        </fieldset>
      )}
    </>
  );
}
