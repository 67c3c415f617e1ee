import type { PointsCsvPreview } from '../../api/types.js';
import { RowTable } from '../../components/row-table.js';
import { useWorkspace } from '../../session/workspace-context.js';

/** The rows whose value would replace a different one already stored: the question before importing. */
function ReplacingRows({
  preview,
  nameOf,
}: {
  readonly preview: PointsCsvPreview;
  readonly nameOf: (kpi: string) => string;
}) {
  const { fmt } = useWorkspace();
  const n = preview.replacing.length;
  return (
    <div className="alert alert-warning">
      <p>
        {fmt.number(n, 0)} {n === 1 ? 'row would replace a value' : 'rows would replace values'} already
        stored at the same {n === 1 ? 'instant' : 'instants'}. Import replaces {n === 1 ? 'it' : 'them'} (the
        audit log keeps the old {n === 1 ? 'value' : 'values'}).
      </p>
      <RowTable
        label="Rows that would replace stored values"
        columns={[
          { heading: 'Row', num: true },
          { heading: 'KPI' },
          { heading: 'Date' },
          { heading: 'Stored', num: true },
          { heading: 'New', num: true },
        ]}
        rows={preview.replacing.slice(0, 20)}
        keyOf={(r) => r.row}
        cells={(r) => [r.row, nameOf(r.kpi), fmt.dateTime(r.at), fmt.number(r.stored), fmt.number(r.value)]}
      />
      {n > 20 && <p className="small">…and {n - 20} more.</p>}
    </div>
  );
}

/** What the file reads as: every row problem, or the values per KPI and the first rows. */
export function PreviewReport({
  preview,
  nameOf,
}: {
  readonly preview: PointsCsvPreview;
  readonly nameOf: (kpi: string) => string;
}) {
  const { fmt } = useWorkspace();
  if (preview.problems.length > 0)
    return (
      <div className="stack">
        <p className="text-breach" role="status">
          {preview.problems.length} {preview.problems.length === 1 ? 'problem' : 'problems'} in {preview.rows}{' '}
          rows: fix the file (or the columns) and preview again. Nothing was stored.
        </p>
        <RowTable
          label="Problems by row"
          columns={[{ heading: 'Row', num: true }, { heading: 'Problem' }]}
          rows={preview.problems}
          keyOf={(p) => `${p.row}:${p.message}`}
          cells={(p) => [p.row, p.message]}
        />
      </div>
    );
  return (
    <div className="stack">
      {preview.replacing.length > 0 && <ReplacingRows preview={preview} nameOf={nameOf} />}
      <p className="text-healthy" role="status">
        {preview.rows} {preview.rows === 1 ? 'row' : 'rows'} read, no problems:{' '}
        {preview.kpis
          .map((k) => `${nameOf(k.kpi)} ${k.points} ${k.points === 1 ? 'value' : 'values'}`)
          .join(', ')}
        .
      </p>
      <RowTable
        label="First rows as read"
        columns={[
          { heading: 'Row', num: true },
          { heading: 'KPI' },
          { heading: 'Date' },
          { heading: 'Value', num: true },
        ]}
        rows={preview.sample}
        keyOf={(p) => p.row}
        cells={(p) => [p.row, nameOf(p.kpi), fmt.date(p.at), fmt.number(p.value)]}
      />
    </div>
  );
}
