import { useId } from 'react';

export interface ParentChoice {
  readonly id: string;
  readonly title: string;
  readonly hint?: string | undefined;
}

/**
 * The objectives an objective supports, edited as a list (issue 9, item 7: an objective
 * may support several): change or remove each one, or add another. `choices` already
 * leaves out the objective itself and those below it, so no pick can loop.
 */
export function ParentsField({
  value,
  choices,
  onChange,
}: {
  readonly value: readonly string[];
  readonly choices: readonly ParentChoice[];
  readonly onChange: (parents: readonly string[]) => void;
}) {
  const id = useId();
  const label = (c: ParentChoice) => (c.hint ? `${c.title} (${c.hint})` : c.title);
  const free = (keep?: string) => choices.filter((c) => c.id === keep || !value.includes(c.id));
  const rows = value.length === 0 ? [''] : value;
  // Changing a row to "" removes it; the one empty row of an objective with no parent adds.
  const set = (index: number, next: string) =>
    onChange(rows.map((p, i) => (i === index ? next : p)).filter((p) => p !== ''));
  return (
    <div className="parents-field">
      {rows.map((parent, index) => (
        // Keyed by place, not value: a row whose value changes stays the same element and
        // keeps the focus (a value key re-mounted it, and the keyboard user lost their place).
        // biome-ignore lint/suspicious/noArrayIndexKey: the rows are positions in the list.
        <div className="field" key={index}>
          <label htmlFor={`${id}-${index}`}>{index === 0 ? 'Supports' : `Parent ${index + 1}`}</label>
          <select
            id={`${id}-${index}`}
            className="select"
            value={parent}
            onChange={(e) => set(index, e.target.value)}
          >
            <option value="">
              {value.length <= 1 ? 'Nothing: it stands on its own' : 'Remove this parent'}
            </option>
            {parent !== '' && !choices.some((c) => c.id === parent) && (
              <option value={parent}>{parent}</option>
            )}
            {free(parent).map((c) => (
              <option key={c.id} value={c.id}>
                {label(c)}
              </option>
            ))}
          </select>
        </div>
      ))}
      {value.length > 0 && free().length > 0 && (
        <div className="field">
          <label htmlFor={`${id}-add`}>Add a parent</label>
          <select
            id={`${id}-add`}
            className="select"
            value=""
            onChange={(e) => e.target.value && onChange([...value, e.target.value])}
          >
            <option value="">It also supports…</option>
            {free().map((c) => (
              <option key={c.id} value={c.id}>
                {label(c)}
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}
