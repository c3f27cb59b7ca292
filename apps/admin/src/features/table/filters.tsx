import { Field, Input, Select } from '@homechef/ui';

/** A search box over a list, filtering as the admin types. */
export function SearchFilter({
  placeholder,
  value,
  onChange,
}: {
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <Field label="Search">
      <Input
        type="search"
        placeholder={placeholder}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </Field>
  );
}

/** One choice of a list filter; `''` is the first option, no filter. */
export function ChoiceFilter<V extends string>({
  label,
  all,
  options,
  optionLabel,
  value,
  onChange,
}: {
  label: string;
  /** The no-filter option, e.g. "All roles". */
  all: string;
  options: readonly V[];
  optionLabel: (option: V) => string;
  value: V | '';
  onChange: (value: V | '') => void;
}) {
  return (
    <Field label={label}>
      <Select
        value={value}
        onChange={(e) => onChange(options.find((o) => o === e.target.value) ?? '')}
      >
        <option value="">{all}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(option)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
