'use client';

import { describeApiError } from '@homechef/app-kit';
import { useTRPC } from '@homechef/app-kit/react';
import { Alert, Button, Dialog, Field, Textarea, useToast } from '@homechef/ui';
import { SuspendUserInput } from '@homechef/validators';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { AdminUserOutput } from '@homechef/validators';

export type UserDecision = 'suspend' | 'reinstate';

/** Suspend (reason required) or reinstate one account, after a confirmation. */
export function UserStatusDialog({
  user,
  decision,
  onClose,
}: {
  user: AdminUserOutput | null;
  decision: UserDecision;
  onClose: () => void;
}) {
  const suspend = decision === 'suspend';
  return (
    <Dialog
      open={user !== null}
      onClose={onClose}
      title={
        suspend
          ? `Suspend ${user?.name ?? 'this account'}?`
          : `Reinstate ${user?.name ?? 'this account'}?`
      }
      description={
        suspend
          ? 'Every session of this account ends at once; a chef’s kitchen is hidden. The reason goes to the audit log.'
          : 'The account can sign in again.'
      }
    >
      {user ? <DecisionForm user={user} suspend={suspend} onDone={onClose} /> : null}
    </Dialog>
  );
}

function DecisionForm({
  user,
  suspend,
  onDone,
}: {
  user: AdminUserOutput;
  suspend: boolean;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const options = {
    onSuccess: async () => {
      toast({
        tone: 'success' as const,
        message: `${user.name} is ${suspend ? 'suspended' : 'reinstated'}.`,
      });
      await queryClient.invalidateQueries({ queryKey: trpc.admin.listUsers.pathKey() });
      onDone();
    },
    onError: (failure: unknown) => {
      const info = describeApiError(failure);
      setError(info.fieldErrors.reason ?? null);
      setMessage(info.message);
    },
  };
  const suspendUser = useMutation(trpc.admin.suspendUser.mutationOptions(options));
  const reinstateUser = useMutation(trpc.admin.reinstateUser.mutationOptions(options));
  const pending = suspendUser.isPending || reinstateUser.isPending;

  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        setMessage(null);
        if (suspend) {
          const parsed = SuspendUserInput.safeParse({ userId: user.id, reason });
          if (!parsed.success) {
            setError(parsed.error.issues[0]?.message ?? 'Give a reason');
            return;
          }
          setError(null);
          suspendUser.mutate(parsed.data);
        } else {
          reinstateUser.mutate({ userId: user.id, ...(reason.trim() ? { reason } : {}) });
        }
      }}
    >
      {message ? <Alert tone="error">{message}</Alert> : null}
      <p className="text-sm text-stone-600">
        {user.email}
        {user.kitchen ? ` · ${user.kitchen.businessName}` : ''}
      </p>
      <Field label={suspend ? 'Reason' : 'Reason (optional)'} required={suspend} error={error}>
        <Textarea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" variant={suspend ? 'danger' : 'primary'} loading={pending}>
          {suspend ? 'Suspend account' : 'Reinstate account'}
        </Button>
      </div>
    </form>
  );
}
