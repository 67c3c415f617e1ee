import { SelectField } from '../select-field.js';
import { LOCALES, localeLabel } from './region-options.js';

/** The language-and-region picker, each named in `displayLocale`; the current one is added when not listed. */
export function LocaleSelect({
  value,
  onChange,
  displayLocale,
}: {
  readonly value: string;
  readonly onChange: (tag: string) => void;
  readonly displayLocale: string;
}) {
  const tags = (LOCALES as readonly string[]).includes(value) ? LOCALES : [value, ...LOCALES];
  return (
    <SelectField
      label="Language and region"
      value={value}
      options={tags.map((tag) => ({ value: tag, label: localeLabel(tag, displayLocale) }))}
      onChange={onChange}
    />
  );
}
