'use client';

import {
  createContext,
  use,
  useId,
  type AriaAttributes,
  type ComponentProps,
  type LabelHTMLAttributes,
  type ReactNode,
} from 'react';
import { cn, focusRing } from './cn.ts';

interface FieldContextValue {
  id: string;
  describedBy: string | undefined;
  invalid: boolean;
  required: boolean;
}

const FieldContext = createContext<FieldContextValue | null>(null);

export function Label({ className, ...props }: LabelHTMLAttributes<HTMLLabelElement>) {
  return <label className={cn('block text-sm font-medium text-stone-800', className)} {...props} />;
}

export interface FieldProps {
  label: ReactNode;
  /** Help text under the control. */
  hint?: ReactNode;
  /** Validation message; marks the control invalid and is read out with it. */
  error?: ReactNode;
  required?: boolean;
  /** Id of the control; generated when left out. */
  id?: string;
  /** Id of the label, for a control that names itself by `aria-labelledby` (a combobox). */
  labelId?: string;
  className?: string;
  children: ReactNode;
}

/** Label, control, hint and inline error, wired together for assistive technology. */
export function Field({
  label,
  hint,
  error,
  required = false,
  id,
  labelId,
  className,
  children,
}: FieldProps) {
  const generated = useId();
  const controlId = id ?? generated;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;

  return (
    <div className={cn('space-y-1.5', className)}>
      <Label id={labelId} htmlFor={controlId}>
        {label}
        {required ? (
          <span aria-hidden="true" className="ml-0.5 text-red-600">
            *
          </span>
        ) : null}
      </Label>
      <FieldContext value={{ id: controlId, describedBy, invalid: Boolean(error), required }}>
        {children}
      </FieldContext>
      {hint ? (
        <p id={hintId} className="text-sm text-stone-500">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export type InputProps = ComponentProps<'input'>;

interface ControlProps {
  id?: string | undefined;
  required?: boolean | undefined;
  className?: string | undefined;
  'aria-invalid'?: AriaAttributes['aria-invalid'];
  'aria-describedby'?: string | undefined;
}

/**
 * What an input, select or textarea takes from its `Field` (id, required, description,
 * invalid state) unless given its own, and the classes they share.
 */
function useControlProps<P extends ControlProps>(
  { id, required, className, ...props }: P,
  classes: string,
) {
  const field = use(FieldContext);
  const invalid = props['aria-invalid'] ?? (field?.invalid || undefined);
  return {
    id: id ?? field?.id,
    required: required ?? field?.required,
    'aria-invalid': invalid,
    'aria-describedby': props['aria-describedby'] ?? field?.describedBy,
    className: cn(
      'block w-full rounded-xl border bg-white px-3.5 text-base text-stone-900 shadow-sm transition-colors placeholder:text-stone-500 sm:text-sm',
      'disabled:cursor-not-allowed disabled:bg-stone-100 disabled:text-stone-500',
      invalid ? 'border-red-400' : 'border-stone-300 hover:border-stone-400',
      focusRing,
      'focus-visible:outline-offset-0',
      classes,
      className,
    ),
    ...props,
  };
}

/**
 * A text input. Inside a `Field` it takes the field's id, description and invalid state.
 * Uncontrolled by default (`defaultValue`), so a failed submit keeps what the user typed.
 */
export function Input(props: InputProps) {
  return <input {...useControlProps(props, 'h-11')} />;
}

/** Multi-line text; inside a `Field` it takes the field's id, description and invalid state. */
export function Textarea(props: ComponentProps<'textarea'>) {
  return <textarea {...useControlProps(props, 'min-h-24 py-2.5')} />;
}

/** A native select, styled like `Input`. */
export function Select(props: ComponentProps<'select'>) {
  return <select {...useControlProps(props, 'h-11 pr-8')} />;
}

/** A select that narrows a list to one of `options`; `''` is the first option, no filter. */
export function FilterSelect<V extends string>({
  label,
  all,
  options,
  optionLabel,
  value,
  onChange,
}: {
  label: string;
  /** The no-filter option, e.g. "All roles" or "Any cuisine". */
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
