import type { PointsCsvPreview } from '../../api/types.js';
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
      <table className="table" aria-label="Rows that would replace stored values">
        <thead>
          <tr>
            <th scope="col" className="num">
              Row
            </th>
            <th scope="col">KPI</th>
            <th scope="col">Date</th>
            <th scope="col" className="num">
              Stored
            </th>
            <th scope="col" className="num">
              New
            </th>
          </tr>
        </thead>
        <tbody>
          {preview.replacing.slice(0, 20).map((r) => (
            <tr key={r.row}>
              <td className="num">{r.row}</td>
              <td>{nameOf(r.kpi)}</td>
              <td>{fmt.dateTime(r.at)}</td>
              <td className="num">{fmt.number(r.stored)}</td>
              <td className="num">{fmt.number(r.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
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
        <table className="table" aria-label="Problems by row">
          <thead>
            <tr>
              <th scope="col" className="num">
                Row
              </th>
              <th scope="col">Problem</th>
            </tr>
          </thead>
          <tbody>
            {preview.problems.map((p) => (
              <tr key={`${p.row}:${p.message}`}>
                <td className="num">{p.row}</td>
                <td>{p.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
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
      <table className="table" aria-label="First rows as read">
        <thead>
          <tr>
            <th scope="col" className="num">
              Row
            </th>
            <th scope="col">KPI</th>
            <th scope="col">Date</th>
            <th scope="col" className="num">
              Value
            </th>
          </tr>
        </thead>
        <tbody>
          {preview.sample.map((p) => (
            <tr key={p.row}>
              <td className="num">{p.row}</td>
              <td>{nameOf(p.kpi)}</td>
              <td>{fmt.date(p.at)}</td>
              <td className="num">{fmt.number(p.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
