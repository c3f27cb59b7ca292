import { Field, FilterSelect, Input } from '@homechef/ui';
import { useState } from 'react';

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

/** A select over the keys of `labels`, in their order, and "`all`" for no filter. */
export interface SelectFilter {
  label: string;
  /** The no-filter option, e.g. "All roles". */
  all: string;
  labels: Readonly<Record<string, string>>;
}

type SelectFilterSet = Record<string, SelectFilter>;

/** What is chosen in each select of `F`: one of its `labels`' keys, or '' for everything. */
export type Choices<F extends SelectFilterSet> = {
  [K in keyof F]: (keyof F[K]['labels'] & string) | '';
};

/** The choices in a list's selects, each at first '' (everything). */
export function useChoices<F extends SelectFilterSet>(filters: F) {
  return useState(
    () => Object.fromEntries(Object.keys(filters).map((key) => [key, ''])) as Choices<F>,
  );
}

/** One `FilterSelect` per filter of `filters`, in their order. */
export function SelectFilters<F extends SelectFilterSet>({
  filters,
  value,
  onChange,
}: {
  filters: F;
  value: Choices<F>;
  onChange: (value: Choices<F>) => void;
}) {
  return Object.entries(filters).map(([key, { label, all, labels }]) => (
    <FilterSelect
      key={key}
      label={label}
      all={all}
      options={Object.keys(labels)}
      optionLabel={(option) => labels[option] ?? option}
      value={value[key] ?? ''}
      onChange={(option) => onChange({ ...value, [key]: option })}
    />
  ));
}
