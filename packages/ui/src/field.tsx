'use client';

import {
  createContext,
  use,
  useId,
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

/**
 * A text input. Inside a `Field` it takes the field's id, description and invalid state.
 * Uncontrolled by default (`defaultValue`), so a failed submit keeps what the user typed.
 */
export function Input({ className, id, required, ...props }: InputProps) {
  const field = use(FieldContext);
  const invalid = props['aria-invalid'] ?? (field?.invalid || undefined);
  return (
    <input
      id={id ?? field?.id}
      required={required ?? field?.required}
      aria-invalid={invalid}
      aria-describedby={props['aria-describedby'] ?? field?.describedBy}
      className={cn(
        'block h-11 w-full rounded-xl border bg-white px-3.5 text-base text-stone-900 shadow-sm transition-colors placeholder:text-stone-500 sm:text-sm',
        'disabled:cursor-not-allowed disabled:bg-stone-100 disabled:text-stone-500',
        invalid ? 'border-red-400' : 'border-stone-300 hover:border-stone-400',
        focusRing,
        'focus-visible:outline-offset-0',
        className,
      )}
      {...props}
    />
  );
}

/** The classes an input, select and textarea share. */
function controlClasses(invalid: unknown, className: string | undefined) {
  return cn(
    'block w-full rounded-xl border bg-white px-3.5 text-base text-stone-900 shadow-sm transition-colors placeholder:text-stone-500 sm:text-sm',
    'disabled:cursor-not-allowed disabled:bg-stone-100 disabled:text-stone-500',
    invalid ? 'border-red-400' : 'border-stone-300 hover:border-stone-400',
    focusRing,
    'focus-visible:outline-offset-0',
    className,
  );
}

/** Multi-line text; inside a `Field` it takes the field's id, description and invalid state. */
export function Textarea({ className, id, required, ...props }: ComponentProps<'textarea'>) {
  const field = use(FieldContext);
  const invalid = props['aria-invalid'] ?? (field?.invalid || undefined);
  return (
    <textarea
      id={id ?? field?.id}
      required={required ?? field?.required}
      aria-invalid={invalid}
      aria-describedby={props['aria-describedby'] ?? field?.describedBy}
      className={controlClasses(invalid, cn('min-h-24 py-2.5', className))}
      {...props}
    />
  );
}

/** A native select, styled like `Input`. */
export function Select({ className, id, required, ...props }: ComponentProps<'select'>) {
  const field = use(FieldContext);
  const invalid = props['aria-invalid'] ?? (field?.invalid || undefined);
  return (
    <select
      id={id ?? field?.id}
      required={required ?? field?.required}
      aria-invalid={invalid}
      aria-describedby={props['aria-describedby'] ?? field?.describedBy}
      className={controlClasses(invalid, cn('h-11 pr-8', className))}
      {...props}
    />
  );
}
