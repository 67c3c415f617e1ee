import { SelectField } from '../select-field.js';

/** Every IANA time zone the browser knows, UTC first; the server checks the choice again. */
function timeZones(): readonly string[] {
  const known = Intl.supportedValuesOf('timeZone');
  return ['UTC', ...known.filter((zone) => zone !== 'UTC')];
}

/** A time zone picked from the list instead of typed; the current one is kept when not listed. */
export function TimeZoneSelect({
  value,
  onChange,
}: {
  readonly value: string;
  readonly onChange: (zone: string) => void;
}) {
  const zones = timeZones();
  const listed = zones.includes(value) ? zones : [value, ...zones];
  return (
    <SelectField
      label="Time zone"
      value={value}
      options={listed.map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') }))}
      onChange={onChange}
    />
  );
}
