'use client';

import { describeApiError } from '@homechef/app-kit';
import { useFormErrors, useTRPC } from '@homechef/app-kit/react';
import {
  Button,
  Dialog,
  DialogForm,
  Field,
  Input,
  ReasonField,
  cn,
  focusRing,
  useToast,
} from '@homechef/ui';
import {
  AcceptOrderInput,
  MAX_PREP_MINUTES,
  MIN_PREP_MINUTES,
  RejectOrderInput,
  type OrderStatus,
} from '@homechef/validators';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

export type OrderAction = 'accept' | 'reject' | 'markPreparing' | 'markReady';

/** What a chef can do with an order in each status (the API's `actions` say the same). */
export function chefActionsFor(status: OrderStatus): OrderAction[] {
  switch (status) {
    case 'payment_confirmed':
      return ['accept', 'reject'];
    case 'accepted':
      return ['markPreparing'];
    case 'preparing':
      return ['markReady'];
    default:
      return [];
  }
}

export interface ActionOrder {
  id: string;
  shortCode: string;
  customerName: string;
}

/** After any change: the board, today's numbers and the order itself are read again. */
function useRefreshOrder(orderId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.orders.list.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.orders.kitchenToday.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.orders.byId.queryKey({ orderId }) }),
    ]);
}

/** The buttons for the order's next step; accept and reject open their dialogs. */
export function OrderActionButtons({
  order,
  actions,
  size = 'sm',
}: {
  order: ActionOrder;
  actions: readonly string[];
  size?: 'sm' | 'md';
}) {
  const trpc = useTRPC();
  const toast = useToast();
  const refresh = useRefreshOrder(order.id);
  const [dialog, setDialog] = useState<'accept' | 'reject' | null>(null);
  const step = {
    onSuccess: refresh,
    onError: (error: unknown) => toast({ tone: 'error', message: describeApiError(error).message }),
  };
  const preparing = useMutation(trpc.orders.markPreparing.mutationOptions(step));
  const ready = useMutation(trpc.orders.markReady.mutationOptions(step));
  const label = `order #${order.shortCode}`;

  return (
    <div className="flex flex-wrap gap-2">
      {actions.includes('accept') ? (
        <Button size={size} onClick={() => setDialog('accept')} aria-label={`Accept ${label}`}>
          Accept
        </Button>
      ) : null}
      {actions.includes('reject') ? (
        <Button
          size={size}
          variant="secondary"
          onClick={() => setDialog('reject')}
          aria-label={`Reject ${label}`}
        >
          Reject
        </Button>
      ) : null}
      {actions.includes('markPreparing') ? (
        <Button
          size={size}
          loading={preparing.isPending}
          onClick={() => preparing.mutate({ orderId: order.id })}
          aria-label={`Start preparing ${label}`}
        >
          Start preparing
        </Button>
      ) : null}
      {actions.includes('markReady') ? (
        <Button
          size={size}
          loading={ready.isPending}
          onClick={() => ready.mutate({ orderId: order.id })}
          aria-label={`Ready for pickup: ${label}`}
        >
          Ready for pickup
        </Button>
      ) : null}
      <Dialog
        open={dialog === 'accept'}
        onClose={() => setDialog(null)}
        title={`Accept order #${order.shortCode}?`}
        description={`How long until ${order.customerName}’s order is ready? The customer sees this estimate.`}
      >
        <AcceptForm order={order} onDone={() => setDialog(null)} refresh={refresh} />
      </Dialog>
      <Dialog
        open={dialog === 'reject'}
        onClose={() => setDialog(null)}
        title={`Reject order #${order.shortCode}?`}
        description="The customer is refunded in full and sees your reason."
      >
        <RejectForm order={order} onDone={() => setDialog(null)} refresh={refresh} />
      </Dialog>
    </div>
  );
}

const PREP_PRESETS = [10, 15, 20, 30, 45, 60] as const;

interface StepFormProps {
  order: ActionOrder;
  onDone: () => void;
  refresh: () => Promise<unknown>;
}

/** A dialog's mutation callbacks: say it worked, read the order again, close; or show why not. */
function useStepCallbacks(
  { onDone, refresh }: StepFormProps,
  form: ReturnType<typeof useFormErrors>,
  message: string,
) {
  const toast = useToast();
  return {
    onSuccess: async () => {
      toast({ tone: 'success', message });
      await refresh();
      onDone();
    },
    onError: (failure: unknown) => form.fromApi(failure),
  };
}

function AcceptForm(props: StepFormProps) {
  const { order, onDone } = props;
  const trpc = useTRPC();
  const [minutes, setMinutes] = useState('20');
  const form = useFormErrors();
  const accept = useMutation(
    trpc.orders.accept.mutationOptions(
      useStepCallbacks(props, form, `Order #${order.shortCode} accepted.`),
    ),
  );
  return (
    <DialogForm
      message={form.message}
      onCancel={onDone}
      submitLabel="Accept order"
      pending={accept.isPending}
      onSubmit={() => {
        const parsed = AcceptOrderInput.safeParse({
          orderId: order.id,
          prepMinutes: Number(minutes),
        });
        const valid = parsed.success && /^\d+$/.test(minutes.trim());
        form.clear();
        if (!valid) {
          form.check({
            prepMinutes: `Enter whole minutes from ${MIN_PREP_MINUTES} to ${MAX_PREP_MINUTES}`,
          });
          return;
        }
        accept.mutate(parsed.data);
      }}
    >
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-stone-800">Preparation time</legend>
        <div className="flex flex-wrap gap-2">
          {PREP_PRESETS.map((preset) => {
            const checked = minutes === String(preset);
            return (
              <label
                key={preset}
                className={cn(
                  'relative inline-flex cursor-pointer items-center rounded-full border px-3.5 py-1.5 text-sm select-none',
                  'has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent',
                  checked
                    ? 'border-accent bg-accent-soft font-medium text-accent-ink'
                    : 'border-stone-300 bg-white text-stone-700 hover:border-stone-400',
                )}
              >
                <input
                  type="radio"
                  name="prep-preset"
                  className="absolute inset-0 cursor-pointer opacity-0"
                  checked={checked}
                  onChange={() => setMinutes(String(preset))}
                />
                {preset} min
              </label>
            );
          })}
        </div>
      </fieldset>
      <Field
        label="Minutes"
        hint={`Or type your own, ${MIN_PREP_MINUTES} to ${MAX_PREP_MINUTES}.`}
        error={form.errors.prepMinutes}
      >
        <Input
          inputMode="numeric"
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
          className="max-w-32"
        />
      </Field>
    </DialogForm>
  );
}

const QUICK_REASONS = [
  'We ran out of an ingredient',
  'The kitchen is too busy right now',
  'We are closing early today',
] as const;

function RejectForm(props: StepFormProps) {
  const { order, onDone } = props;
  const trpc = useTRPC();
  const [reason, setReason] = useState('');
  const form = useFormErrors();
  const reject = useMutation(
    trpc.orders.reject.mutationOptions(
      useStepCallbacks(
        props,
        form,
        `Order #${order.shortCode} rejected; the customer is refunded.`,
      ),
    ),
  );
  return (
    <DialogForm
      message={form.message}
      onCancel={onDone}
      cancelLabel="Keep order"
      submitLabel="Reject and refund"
      danger
      pending={reject.isPending}
      onSubmit={() => {
        const input = form.checkInput(RejectOrderInput, { orderId: order.id, reason });
        if (input) reject.mutate(input);
      }}
    >
      <div className="flex flex-wrap gap-2">
        {QUICK_REASONS.map((quick) => (
          <button
            key={quick}
            type="button"
            onClick={() => setReason(quick)}
            className={cn(
              'rounded-full border border-stone-300 bg-white px-3 py-1 text-sm text-stone-700 hover:border-stone-400',
              focusRing,
            )}
          >
            {quick}
          </button>
        ))}
      </div>
      <ReasonField value={reason} onChange={setReason} error={form.errors.reason} />
    </DialogForm>
  );
}
