import { SelectField } from '../select-field.js';
import { CURRENCIES, currencyLabel } from './region-options.js';

/**
 * The currency picker: the common currencies, plus the current one when it is not among
 * them. `displayLocale` names each currency in that language ("EUR – Euro"); without it
 * the codes stand alone. `none` offers "no currency" as the empty value.
 */
export function CurrencySelect({
  value,
  onChange,
  displayLocale,
  none,
}: {
  readonly value: string;
  readonly onChange: (code: string) => void;
  readonly displayLocale?: string;
  readonly none?: string;
}) {
  const listed = value === '' || (CURRENCIES as readonly string[]).includes(value);
  const codes = listed ? CURRENCIES : [value, ...CURRENCIES];
  return (
    <SelectField
      label="Currency"
      value={value}
      none={none}
      options={codes.map((code) => ({
        value: code,
        label: displayLocale ? currencyLabel(code, displayLocale) : code,
      }))}
      onChange={onChange}
    />
  );
}
