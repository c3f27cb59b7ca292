'use client';

import { describeApiError } from '@homechef/app-kit';
import { Alert, DialogActions, Field, Textarea, useToast } from '@homechef/ui';
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';

/** A failed confirmation: the error under the reason, or else `message` above the form. */
export interface ReasonError {
  message?: string | undefined;
  field?: string | undefined;
}

/**
 * The mutation callbacks of an admin decision: on success a toast, the queries under
 * `invalidate` refetched, then `onDone`; on failure the API's error for `ReasonForm`.
 */
export function useDecision({
  success,
  invalidate,
  onDone,
}: {
  success: string;
  invalidate: QueryKey;
  onDone: () => void;
}) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const [error, setError] = useState<ReasonError | null>(null);
  const options = {
    onSuccess: async () => {
      toast({ tone: 'success', message: success });
      await queryClient.invalidateQueries({ queryKey: invalidate });
      onDone();
    },
    onError: (failure: unknown) => {
      const info = describeApiError(failure);
      setError({ message: info.message, field: info.fieldErrors.reason });
    },
  };
  /** The typed reason, trimmed; null (with the error under the field) when one is required and too short. */
  const reasonOf = (typed: string, required: boolean): string | null => {
    const text = typed.trim();
    if (required && text.length < 3) {
      setError({ field: 'Give a reason (at least 3 characters)' });
      return null;
    }
    return text;
  };
  return { error, setError, options, reasonOf };
}

/**
 * The body of an admin decision's confirmation dialog: what it is about, the reason (unless
 * `reason` is `none`), any further fields, then Cancel and the decision's button. Checking the
 * reason is the caller's: `onConfirm` gets it as typed.
 */
export function ReasonForm({
  subject,
  reason: ask,
  label,
  hint,
  verb,
  danger,
  pending,
  error,
  onConfirm,
  onCancel,
  children,
}: {
  subject: ReactNode;
  reason: 'required' | 'optional' | 'none';
  label: string;
  hint?: string | undefined;
  verb: string;
  danger: boolean;
  pending: boolean;
  error: ReasonError | null;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
  children?: ReactNode;
}) {
  const [reason, setReason] = useState('');
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        onConfirm(reason);
      }}
    >
      <p className="text-sm text-stone-700">{subject}</p>
      {error?.message && !error.field ? <Alert tone="error">{error.message}</Alert> : null}
      {ask !== 'none' ? (
        <Field label={label} required={ask === 'required'} hint={hint} error={error?.field}>
          <Textarea autoFocus rows={4} value={reason} onChange={(e) => setReason(e.target.value)} />
        </Field>
      ) : null}
      {children}
      <DialogActions onCancel={onCancel} pending={pending} danger={danger}>
        {verb}
      </DialogActions>
    </form>
  );
}
