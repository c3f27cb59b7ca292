'use client';

import type { ElementType, ReactNode } from 'react';
import { Alert } from './alert.tsx';
import { Button } from './button.tsx';
import { Field, Textarea } from './field.tsx';
import { ArrowLeftIcon } from './icons.tsx';

export interface DialogFormProps {
  onSubmit: () => void;
  onCancel: () => void;
  /** The API's or the form's summary message, above the fields. */
  message?: string | null;
  submitLabel: ReactNode;
  cancelLabel?: ReactNode;
  pending?: boolean;
  /** A destructive or money action: the submit button is red. */
  danger?: boolean;
  children: ReactNode;
}

/** The form inside a dialog: its message, its fields, and cancel and submit at the bottom. */
export function DialogForm({
  onSubmit,
  onCancel,
  message,
  submitLabel,
  cancelLabel = 'Cancel',
  pending = false,
  danger = false,
  children,
}: DialogFormProps) {
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {message ? <Alert tone="error">{message}</Alert> : null}
      {children}
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onCancel}>
          {cancelLabel}
        </Button>
        <Button type="submit" variant={danger ? 'danger' : 'primary'} loading={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}

/** A required free-text reason (a rejection, a refund, a cancellation). */
export function ReasonField({
  value,
  onChange,
  error,
  label = 'Reason',
}: {
  value: string;
  onChange: (value: string) => void;
  error?: ReactNode;
  label?: string;
}) {
  return (
    <Field label={label} required error={error}>
      <Textarea rows={3} value={value} onChange={(e) => onChange(e.target.value)} />
    </Field>
  );
}

/** "← All orders": back to the list a detail page came from. */
export function BackLink({
  href,
  children,
  linkComponent: LinkComponent = 'a',
}: {
  href: string;
  children: ReactNode;
  linkComponent?: ElementType;
}) {
  return (
    <LinkComponent
      href={href}
      className="inline-flex items-center gap-1.5 text-sm font-medium text-stone-600 hover:text-stone-900"
    >
      <ArrowLeftIcon aria-hidden="true" /> {children}
    </LinkComponent>
  );
}
