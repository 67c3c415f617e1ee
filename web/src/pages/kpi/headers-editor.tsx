import type { HeaderDraft } from './source-draft.js';

/** Request headers of an HTTP source; values are secrets, so a stored one reads "set". */
export function HeadersEditor({
  headers,
  onChange,
}: {
  readonly headers: readonly HeaderDraft[];
  readonly onChange: (headers: readonly HeaderDraft[]) => void;
}) {
  const change = (index: number, patch: Partial<HeaderDraft>) =>
    onChange(headers.map((h, i) => (i === index ? { ...h, ...patch } : h)));
  return (
    <fieldset className="field">
      <legend>Headers</legend>
      {headers.map((header, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
        <div className="form-row" key={index}>
          <input
            className="input"
            aria-label={`Header ${index + 1} name`}
            placeholder="Authorization"
            value={header.name}
            onChange={(e) => change(index, { name: e.target.value })}
          />
          <input
            className="input"
            type="password"
            autoComplete="off"
            aria-label={`Header ${index + 1} value`}
            placeholder={header.stored ? 'Set — type a new value to replace it' : 'Bearer …'}
            value={header.value}
            onChange={(e) => change(index, { value: e.target.value })}
          />
          <button
            type="button"
            className="btn btn-ghost btn-small"
            aria-label={`Remove header ${header.name || index + 1}`}
            onClick={() => onChange(headers.filter((_, i) => i !== index))}
          >
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        className="btn btn-ghost btn-small"
        onClick={() => onChange([...headers, { name: '', value: '', stored: false }])}
      >
        Add a header
      </button>
      <span className="hint">Values (tokens) are sealed when saved and never shown again.</span>
    </fieldset>
  );
}
