'use client';

import { useFormErrors, useTRPC } from '@homechef/app-kit/react';
import {
  Alert,
  Dialog,
  DialogForm,
  Field,
  ReasonField,
  Select,
  Skeleton,
  useToast,
} from '@homechef/ui';
import { AssignDriverInput } from '@homechef/validators';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { vehicleLabel } from '../drivers/labels.ts';
import { ACTIVITY_LABELS } from '../operations/live.ts';

/**
 * Give the order to a driver on shift, or to another one (audited, with a reason). The
 * previous driver, if any, is told the job is gone; free drivers come first.
 */
export function AssignDriverDialog({
  order,
  currentDriverId,
  open,
  onClose,
}: {
  order: { id: string; shortCode: string };
  currentDriverId: string | null;
  open: boolean;
  onClose: () => void;
}) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={`${currentDriverId ? 'Reassign' : 'Assign'} order #${order.shortCode}`}
      description="The driver is told at once; a driver who had it is freed. The reason goes to the audit log."
    >
      {open ? (
        <AssignForm order={order} currentDriverId={currentDriverId} onDone={onClose} />
      ) : null}
    </Dialog>
  );
}

const ORDER_OF_ACTIVITY = { idle: 0, offered: 1, busy: 2 } as const;

function AssignForm({
  order,
  currentDriverId,
  onDone,
}: {
  order: { id: string; shortCode: string };
  currentDriverId: string | null;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const form = useFormErrors();
  const [driverId, setDriverId] = useState('');
  const [reason, setReason] = useState('');
  const operations = useQuery(trpc.admin.operations.queryOptions());
  const candidates = (operations.data?.drivers.items ?? [])
    .filter((d) => d.id !== currentDriverId)
    .sort((a, b) => ORDER_OF_ACTIVITY[a.activity] - ORDER_OF_ACTIVITY[b.activity]);
  const assign = useMutation(
    trpc.admin.assignDriver.mutationOptions({
      onSuccess: async () => {
        const name = candidates.find((d) => d.id === driverId)?.name ?? 'the driver';
        toast({ tone: 'success', message: `Order #${order.shortCode} is now ${name}’s.` });
        await queryClient.invalidateQueries({
          queryKey: trpc.admin.order.queryKey({ orderId: order.id }),
        });
        onDone();
      },
      onError: (failure) => form.fromApi(failure),
    }),
  );

  if (operations.isPending)
    return <Skeleton className="h-40 rounded-xl" aria-label="Loading drivers" />;
  if (operations.isError) {
    return (
      <Alert tone="error" title="The drivers on shift could not be loaded">
        {operations.error.message}
      </Alert>
    );
  }
  return (
    <DialogForm
      message={form.message}
      onCancel={onDone}
      submitLabel={currentDriverId ? 'Reassign' : 'Assign'}
      pending={assign.isPending}
      onSubmit={() => {
        if (!driverId) return void form.check({ driverId: 'Choose a driver' });
        const input = form.checkInput(AssignDriverInput, { orderId: order.id, driverId, reason });
        if (input) assign.mutate(input);
      }}
    >
      {candidates.length === 0 ? (
        <Alert tone="info" title="No other driver is on shift">
          Only drivers who are online can be given an order here.
        </Alert>
      ) : (
        <Field label="Driver" required error={form.errors.driverId}>
          <Select value={driverId} onChange={(e) => setDriverId(e.target.value)}>
            <option value="">Choose a driver on shift</option>
            {candidates.map((d) => (
              <option key={d.id} value={d.id}>
                {`${d.name} · ${vehicleLabel(d)} · ${ACTIVITY_LABELS[d.activity]}`}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <ReasonField value={reason} onChange={setReason} error={form.errors.reason} />
    </DialogForm>
  );
}
