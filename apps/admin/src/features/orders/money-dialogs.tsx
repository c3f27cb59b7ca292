'use client';

import { useFormErrors, useTRPC } from '@homechef/app-kit/react';
import {
  Alert,
  Button,
  Dialog,
  DialogForm,
  Field,
  Input,
  ReasonField,
  Switch,
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
  /** A driver carried it (with `history`: whether they delivered it, and so were paid). */
  hasDriver?: boolean;
  history?: ReadonlyArray<{ to: string }>;
}

/** A driver delivered the order, so their pay can be taken back if the delivery failed. */
export const driverWasPaid = (order: MoneyOrder) =>
  Boolean(order.hasDriver && order.history?.some((h) => h.to === 'delivered'));

export type MoneyAction = 'refund' | 'cancel';

/** Refund or cancel one order, each with a reason for the audit log and a confirmation. */
export function OrderMoneyDialog({
  order,
  action,
  onClose,
}: {
  order: MoneyOrder;
  action: MoneyAction | null;
  onClose: () => void;
}) {
  const money = (cents: number) => formatPrice(cents, order.currency);
  const left = order.totalCents - order.refundedCents;
  return (
    <Dialog
      open={action !== null}
      onClose={onClose}
      title={
        action === 'cancel'
          ? `Cancel order #${order.shortCode}?`
          : `Refund order #${order.shortCode}`
      }
      description={
        action === 'cancel'
          ? 'The kitchen and the customer see it cancelled at once. A paid order is refunded in full.'
          : `${money(left)} of ${money(order.totalCents)} can still be refunded to ${order.customerName}. The reason goes to the audit log.`
      }
    >
      {action === 'cancel' ? <CancelForm order={order} onDone={onClose} /> : null}
      {action === 'refund' ? <RefundForm order={order} left={left} onDone={onClose} /> : null}
    </Dialog>
  );
}

/** The mutation's callbacks: on success a toast, a fresh order and list, and the dialog closes. */
function useMoneyCallbacks(order: MoneyOrder, onDone: () => void, onError: (e: unknown) => void) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  return (message: () => string) => ({
    onSuccess: async () => {
      toast({ tone: 'success', message: message() });
      await Promise.all([
        queryClient.invalidateQueries({
          queryKey: trpc.admin.order.queryKey({ orderId: order.id }),
        }),
        queryClient.invalidateQueries({ queryKey: trpc.admin.orders.pathKey() }),
      ]);
      onDone();
    },
    onError,
  });
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
  const [everything, setEverything] = useState(false);
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [driverAtFault, setDriverAtFault] = useState(false);
  const delivered = driverWasPaid(order);
  const form = useFormErrors();
  // Set once the form is valid: the admin confirms this exact amount.
  const [confirming, setConfirming] = useState<number | null>(null);
  const callbacks = useMoneyCallbacks(order, onDone, (failure) => {
    setConfirming(null);
    form.fromApi(failure);
  });
  const refund = useMutation(
    trpc.orders.refund.mutationOptions(
      callbacks(() => `Refunded ${money(confirming ?? 0)} on #${order.shortCode}.`),
    ),
  );
  const money = (cents: number) => formatPrice(cents, order.currency);

  if (confirming !== null) {
    return (
      <div className="space-y-4">
        <Alert tone="info" title={`Refund ${money(confirming)} to ${order.customerName}?`}>
          The money goes back to the customer’s card through Stripe; this cannot be undone. Reason:
          “{reason.trim()}”
          {delivered
            ? driverAtFault
              ? ' The driver gives back their part of it from their pay.'
              : ' The kitchen and the platform bear it; the driver keeps their pay.'
            : ''}
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
                ...(delivered && driverAtFault ? { driverAtFault: true } : {}),
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
    <DialogForm
      message={form.message}
      onCancel={onDone}
      submitLabel="Review refund"
      onSubmit={() => {
        const cents = everything ? left : dollarsToCents(amount);
        const found: Record<string, string> = {};
        if (cents === null || cents < 1)
          found.amountCents = 'Enter an amount in dollars, such as 5.00';
        else if (cents > left) found.amountCents = `At most ${money(left)} is left to refund`;
        const parsed = RefundOrderInput.safeParse({ orderId: order.id, reason });
        if (!parsed.success) found.reason = parsed.error.issues[0]?.message ?? 'Give a reason';
        if (form.check(found) && cents !== null) setConfirming(cents);
      }}
    >
      <Switch
        checked={everything}
        onChange={setEverything}
        label={`Refund everything that is left (${money(left)})`}
      />
      {everything ? null : (
        <Field label="Amount (dollars)" required error={form.errors.amountCents}>
          <Input
            inputMode="decimal"
            placeholder="5.00"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            className="max-w-40"
          />
        </Field>
      )}
      <ReasonField value={reason} onChange={setReason} error={form.errors.reason} />
      {delivered ? (
        <Switch
          checked={driverAtFault}
          onChange={setDriverAtFault}
          label="The delivery itself failed: the driver gives back their part"
        />
      ) : null}
    </DialogForm>
  );
}

function CancelForm({ order, onDone }: { order: MoneyOrder; onDone: () => void }) {
  const trpc = useTRPC();
  const [reason, setReason] = useState('');
  const form = useFormErrors();
  const callbacks = useMoneyCallbacks(order, onDone, (failure) => form.fromApi(failure));
  const cancel = useMutation(
    trpc.orders.cancel.mutationOptions(callbacks(() => `Order #${order.shortCode} is cancelled.`)),
  );
  return (
    <DialogForm
      message={form.message}
      onCancel={onDone}
      cancelLabel="Keep order"
      submitLabel="Cancel order"
      danger
      pending={cancel.isPending}
      onSubmit={() => {
        const parsed = CancelOrderInput.safeParse({ orderId: order.id, reason });
        if (!form.check(parsed.success && reason.trim() ? {} : { reason: 'Give a reason' })) return;
        cancel.mutate({ orderId: order.id, reason });
      }}
    >
      <ReasonField value={reason} onChange={setReason} error={form.errors.reason} />
    </DialogForm>
  );
}
