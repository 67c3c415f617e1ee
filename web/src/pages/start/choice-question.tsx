/** One question answered by picking an option: a radio group with a legend and its error. */
export function ChoiceQuestion(props: {
  readonly name: string;
  readonly legend: string;
  readonly value: string;
  readonly options: readonly { readonly value: string; readonly label: string; readonly hint: string }[];
  readonly error?: string;
  readonly onChange: (value: string) => void;
}) {
  const errorId = `${props.name}-error`;
  return (
    <fieldset
      className="choice-group"
      aria-invalid={props.error ? true : undefined}
      aria-describedby={props.error ? errorId : undefined}
    >
      <legend className="field-label">{props.legend}</legend>
      {props.options.map((option) => (
        <label className="choice" key={option.value}>
          <input
            type="radio"
            name={props.name}
            value={option.value}
            checked={props.value === option.value}
            onChange={() => props.onChange(option.value)}
          />
          <span>
            <strong>{option.label}</strong>
            <br />
            <span className="muted small">{option.hint}</span>
          </span>
        </label>
      ))}
      {props.error && (
        <span id={errorId} className="field-error">
          {props.error}
        </span>
      )}
    </fieldset>
  );
}
