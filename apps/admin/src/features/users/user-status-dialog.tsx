'use client';

import { useTRPC } from '@homechef/app-kit/react';
import { DialogFor } from '@homechef/ui';
import { SuspendUserInput } from '@homechef/validators';
import { useMutation } from '@tanstack/react-query';
import { ReasonForm, useDecision } from '../decisions/reason-form.tsx';
import type { AdminUserOutput } from '@homechef/validators';

export type UserDecision = 'suspend' | 'reinstate';

/** What an admin is about to do to an account. */
export interface UserAction {
  user: AdminUserOutput;
  decision: UserDecision;
}

/** Suspend (reason required) or reinstate one account, after a confirmation. */
export function UserStatusDialog({
  action,
  onClose,
}: {
  action: UserAction | null;
  onClose: () => void;
}) {
  return (
    <DialogFor
      subject={action}
      onClose={onClose}
      title={({ user, decision }) =>
        decision === 'suspend' ? `Suspend ${user.name}?` : `Reinstate ${user.name}?`
      }
      description={({ decision }) =>
        decision === 'suspend'
          ? 'Every session of this account ends at once; a chef’s kitchen is hidden. The reason goes to the audit log.'
          : 'The account can sign in again.'
      }
    >
      {(chosen) => <DecisionForm action={chosen} onDone={onClose} />}
    </DialogFor>
  );
}

function DecisionForm({ action, onDone }: { action: UserAction; onDone: () => void }) {
  const { user, decision } = action;
  const suspend = decision === 'suspend';
  const trpc = useTRPC();
  const { error, setError, options } = useDecision({
    success: `${user.name} is ${suspend ? 'suspended' : 'reinstated'}.`,
    invalidate: trpc.admin.listUsers.pathKey(),
    onDone,
  });
  const suspendUser = useMutation(trpc.admin.suspendUser.mutationOptions(options));
  const reinstateUser = useMutation(trpc.admin.reinstateUser.mutationOptions(options));

  function confirm(reason: string) {
    if (!suspend) {
      setError(null);
      reinstateUser.mutate({ userId: user.id, ...(reason.trim() ? { reason } : {}) });
      return;
    }
    const parsed = SuspendUserInput.safeParse({ userId: user.id, reason });
    if (!parsed.success) {
      setError({ field: parsed.error.issues[0]?.message ?? 'Give a reason' });
      return;
    }
    setError(null);
    suspendUser.mutate(parsed.data);
  }

  return (
    <ReasonForm
      subject={
        <>
          {user.email}
          {user.kitchen ? ` · ${user.kitchen.businessName}` : ''}
        </>
      }
      reason={suspend ? 'required' : 'optional'}
      label={suspend ? 'Reason' : 'Reason (optional)'}
      verb={suspend ? 'Suspend account' : 'Reinstate account'}
      danger={suspend}
      pending={suspendUser.isPending || reinstateUser.isPending}
      error={error}
      onConfirm={confirm}
      onCancel={onDone}
    />
  );
}
