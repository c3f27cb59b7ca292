'use client';

import { describeApiError } from '@homechef/app-kit';
import { useTRPC } from '@homechef/app-kit/react';
import {
  Alert,
  Button,
  Dialog,
  Field,
  Input,
  Switch,
  Textarea,
  formatPrice,
  useToast,
} from '@homechef/ui';
import { CancelOrderInput, RefundOrderInput } from '@homechef/validators';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { dollarsToCents } from './ledger.ts';

export interface MoneyOrder {
  id: string;
  shortCode: string;
  customerName: string;
  totalCents: number;
  refundedCents: number;
  currency: string;
}

function useRefreshAdminOrder(orderId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.admin.order.queryKey({ orderId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.admin.orders.pathKey() }),
    ]);
}

/** Refund part or all of what is left, with a reason; the amount is confirmed before it goes. */
export function RefundDialog({
  order,
  open,
  onClose,
}: {
  order: MoneyOrder;
  open: boolean;
  onClose: () => void;
}) {
  const left = order.totalCents - order.refundedCents;
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={`Refund order #${order.shortCode}`}
      description={`${formatPrice(left, order.currency)} of ${formatPrice(order.totalCents, order.currency)} can still be refunded to ${order.customerName}. The reason goes to the audit log.`}
    >
      <RefundForm order={order} left={left} onDone={onClose} />
    </Dialog>
  );
}

function RefundForm({
  order,
  left,
  onDone,
}: {
  order: MoneyOrder;
  left: number;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const toast = useToast();
  const refresh = useRefreshAdminOrder(order.id);
  const [everything, setEverything] = useState(false);
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ amount?: string; reason?: string }>({});
  const [message, setMessage] = useState<string | null>(null);
  // Set once the form is valid: the admin confirms this exact amount.
  const [confirming, setConfirming] = useState<number | null>(null);
  const refund = useMutation(
    trpc.orders.refund.mutationOptions({
      onSuccess: async () => {
        toast({
          tone: 'success',
          message: `Refunded ${formatPrice(confirming ?? 0, order.currency)} on #${order.shortCode}.`,
        });
        await refresh();
        onDone();
      },
      onError: (failure) => {
        const info = describeApiError(failure);
        setConfirming(null);
        setErrors({ amount: info.fieldErrors.amountCents, reason: info.fieldErrors.reason });
        setMessage(info.message);
      },
    }),
  );
  const money = (cents: number) => formatPrice(cents, order.currency);

  if (confirming !== null) {
    return (
      <div className="space-y-4">
        <Alert tone="info" title={`Refund ${money(confirming)} to ${order.customerName}?`}>
          The money goes back to the customer’s card through Stripe; this cannot be undone. Reason:
          “{reason.trim()}”
        </Alert>
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setConfirming(null)}>
            Back
          </Button>
          <Button
            variant="danger"
            loading={refund.isPending}
            onClick={() =>
              refund.mutate({
                orderId: order.id,
                reason,
                ...(everything ? {} : { amountCents: confirming }),
              })
            }
          >
            Refund {money(confirming)}
          </Button>
        </div>
      </div>
    );
  }

  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        setMessage(null);
        const cents = everything ? left : dollarsToCents(amount);
        const next: { amount?: string; reason?: string } = {};
        if (cents === null || cents < 1) next.amount = 'Enter an amount in dollars, such as 5.00';
        else if (cents > left) next.amount = `At most ${money(left)} is left to refund`;
        const parsed = RefundOrderInput.safeParse({ orderId: order.id, reason });
        if (!parsed.success) next.reason = parsed.error.issues[0]?.message ?? 'Give a reason';
        setErrors(next);
        if (next.amount || next.reason || cents === null) return;
        setConfirming(cents);
      }}
    >
      {message ? <Alert tone="error">{message}</Alert> : null}
      <Switch
        checked={everything}
        onChange={setEverything}
        label={`Refund everything that is left (${money(left)})`}
      />
      {everything ? null : (
        <Field label="Amount (dollars)" required error={errors.amount}>
          <Input
            inputMode="decimal"
            placeholder="5.00"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            className="max-w-40"
          />
        </Field>
      )}
      <Field label="Reason" required error={errors.reason}>
        <Textarea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit">Review refund</Button>
      </div>
    </form>
  );
}

/** Cancel the order (a paid one is refunded in full), with a reason for the audit log. */
export function CancelOrderDialog({
  order,
  open,
  onClose,
}: {
  order: MoneyOrder;
  open: boolean;
  onClose: () => void;
}) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={`Cancel order #${order.shortCode}?`}
      description="The kitchen and the customer see it cancelled at once. A paid order is refunded in full."
    >
      <CancelForm order={order} onDone={onClose} />
    </Dialog>
  );
}

function CancelForm({ order, onDone }: { order: MoneyOrder; onDone: () => void }) {
  const trpc = useTRPC();
  const toast = useToast();
  const refresh = useRefreshAdminOrder(order.id);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const cancel = useMutation(
    trpc.orders.cancel.mutationOptions({
      onSuccess: async () => {
        toast({ tone: 'success', message: `Order #${order.shortCode} is cancelled.` });
        await refresh();
        onDone();
      },
      onError: (failure) => {
        const info = describeApiError(failure);
        setError(info.fieldErrors.reason ?? null);
        setMessage(info.message);
      },
    }),
  );
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        setMessage(null);
        const parsed = CancelOrderInput.safeParse({ orderId: order.id, reason });
        if (!parsed.success || !reason.trim()) {
          setError(parsed.error?.issues[0]?.message ?? 'Give a reason');
          return;
        }
        setError(null);
        cancel.mutate(parsed.data);
      }}
    >
      {message ? <Alert tone="error">{message}</Alert> : null}
      <Field label="Reason" required error={error}>
        <Textarea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onDone}>
          Keep order
        </Button>
        <Button type="submit" variant="danger" loading={cancel.isPending}>
          Cancel order
        </Button>
      </div>
    </form>
  );
}
