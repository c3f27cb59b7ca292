'use client';

import { useTRPC, useTRPCClient } from '@homechef/app-kit/react';
import type { VerificationBadge } from '@homechef/ui';
import { useMutation } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ReasonForm, useDecision } from './reason-form.tsx';

/** How one decision reads: its dialog, its button, and whether it asks for a reason. */
export interface DecisionCopy {
  title: string;
  verb: string;
  reason: 'required' | 'optional' | 'none';
  danger: boolean;
  help: string;
  /** Under the reason field. */
  hint?: string;
}

/** The decisions on a kitchen's or a driver's verification. */
export type Verification = 'approve' | 'reject' | 'suspend' | 'reinstate';

type Status = Parameters<typeof VerificationBadge>[0]['status'];

/** The verification decisions that fit a kitchen's or a driver's status, with their buttons' look. */
export function verificationButtons(status: Status): Array<[Verification, 'primary' | 'danger']> {
  if (status === 'submitted') {
    return [
      ['approve', 'primary'],
      ['reject', 'danger'],
    ];
  }
  if (status === 'approved') return [['suspend', 'danger']];
  if (status === 'suspended') return [['reinstate', 'primary']];
  return [];
}

/** Sends one decision through the API with the checked reason ('' when none was typed). */
export type SendDecision = (
  client: ReturnType<typeof useTRPCClient>,
  reason: string,
) => Promise<unknown>;

/** `{ reason }` when one was typed, for the decisions whose reason is optional. */
export const optionalReason = (reason: string) => (reason ? { reason } : {});

/**
 * The confirmation of one admin decision: the reason as `copy` asks for it, checked, then
 * `send`; on success a toast, every admin query refetched and `onDone`, on failure the API's
 * error in the form. `children` are further fields.
 */
export function ModerationForm({
  copy,
  subject,
  send,
  onDone,
  children,
}: {
  copy: DecisionCopy;
  subject: ReactNode;
  send: SendDecision;
  onDone: () => void;
  children?: ReactNode;
}) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const { error, reasonOf, options } = useDecision({
    success: `${copy.verb}: done. Recorded in the audit log.`,
    invalidate: trpc.admin.pathKey(),
    onDone,
  });
  const decide = useMutation({ mutationFn: (reason: string) => send(client, reason), ...options });
  return (
    <ReasonForm
      subject={subject}
      reason={copy.reason}
      label={copy.reason === 'required' ? 'Reason' : 'Note (optional)'}
      hint={copy.hint}
      verb={copy.verb}
      danger={copy.danger}
      pending={decide.isPending}
      error={error}
      onConfirm={(typed) => {
        const reason = reasonOf(typed, copy.reason === 'required');
        if (reason !== null) decide.mutate(reason);
      }}
      onCancel={onDone}
    >
      {children}
    </ReasonForm>
  );
}
