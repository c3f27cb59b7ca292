'use client';

import type { RouterOutputs } from '@homechef/app-kit';
import { useTRPC } from '@homechef/app-kit/react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { DecisionBarOf } from '../decisions/decision-bar.tsx';
import { ReasonForm, useDecision } from '../decisions/reason-form.tsx';

export type AdminKitchen = RouterOutputs['admin']['chefById'];

type Decision = 'approve' | 'reject' | 'suspend' | 'reinstate' | 'suspendUser' | 'reinstateUser';

const COPY: Record<
  Decision,
  { title: string; verb: string; reason: 'required' | 'optional'; danger: boolean; help: string }
> = {
  approve: {
    title: 'Approve this kitchen?',
    verb: 'Approve',
    reason: 'optional',
    danger: false,
    help: 'Its pending documents are accepted. The kitchen is listed once payouts are set up.',
  },
  reject: {
    title: 'Reject this application?',
    verb: 'Reject',
    reason: 'required',
    danger: true,
    help: 'The chef sees your reason and can fix the application and submit it again.',
  },
  suspend: {
    title: 'Suspend this kitchen?',
    verb: 'Suspend kitchen',
    reason: 'required',
    danger: true,
    help: 'The kitchen is hidden from customers at once. The chef sees your reason.',
  },
  reinstate: {
    title: 'Reinstate this kitchen?',
    verb: 'Reinstate',
    reason: 'optional',
    danger: false,
    help: 'The kitchen returns to approved and is listed again if nothing else holds it back.',
  },
  suspendUser: {
    title: 'Suspend the owner’s account?',
    verb: 'Suspend account',
    reason: 'required',
    danger: true,
    help: 'Every session of this user ends at once and their kitchen is hidden.',
  },
  reinstateUser: {
    title: 'Reinstate the owner’s account?',
    verb: 'Reinstate account',
    reason: 'optional',
    danger: false,
    help: 'The user can sign in again.',
  },
};

/** The actions that fit the kitchen's state, each behind a confirmation. */
export function DecisionBar({ kitchen }: { kitchen: AdminKitchen }) {
  const status = kitchen.verificationStatus;
  const buttons: Array<[Decision, 'primary' | 'secondary' | 'danger']> = [];
  if (status === 'submitted') buttons.push(['approve', 'primary'], ['reject', 'danger']);
  if (status === 'approved') buttons.push(['suspend', 'danger']);
  if (status === 'suspended') buttons.push(['reinstate', 'primary']);
  buttons.push(
    kitchen.owner.status === 'suspended'
      ? ['reinstateUser', 'secondary']
      : ['suspendUser', 'secondary'],
  );
  return (
    <DecisionBarOf
      buttons={buttons}
      copy={COPY}
      form={(decision, close) => (
        <DecisionForm decision={decision} kitchen={kitchen} onDone={close} />
      )}
    />
  );
}

function DecisionForm({
  decision,
  kitchen,
  onDone,
}: {
  decision: Decision;
  kitchen: AdminKitchen;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const copy = COPY[decision];
  const [rejectDocs, setRejectDocs] = useState<string[]>([]);
  const { error, reasonOf, options } = useDecision({
    success: `${copy.verb}: done. Recorded in the audit log.`,
    invalidate: trpc.admin.pathKey(),
    onDone,
  });
  const approve = useMutation(trpc.admin.approveChef.mutationOptions(options));
  const reject = useMutation(trpc.admin.rejectChef.mutationOptions(options));
  const suspend = useMutation(trpc.admin.suspendChef.mutationOptions(options));
  const reinstate = useMutation(trpc.admin.reinstateChef.mutationOptions(options));
  const suspendUser = useMutation(trpc.admin.suspendUser.mutationOptions(options));
  const reinstateUser = useMutation(trpc.admin.reinstateUser.mutationOptions(options));
  const pending = [approve, reject, suspend, reinstate, suspendUser, reinstateUser].some(
    (m) => m.isPending,
  );

  function confirm(reason: string) {
    const text = reasonOf(reason, copy.reason === 'required');
    if (text === null) return;
    const chefId = kitchen.id;
    const userId = kitchen.owner.id;
    const optional = text ? { reason: text } : {};
    switch (decision) {
      case 'approve':
        return approve.mutate({ chefId });
      case 'reject':
        return reject.mutate({
          chefId,
          reason: text,
          ...(rejectDocs.length ? { documentIds: rejectDocs } : {}),
        });
      case 'suspend':
        return suspend.mutate({ chefId, reason: text });
      case 'reinstate':
        return reinstate.mutate({ chefId, ...optional });
      case 'suspendUser':
        return suspendUser.mutate({ userId, reason: text });
      case 'reinstateUser':
        return reinstateUser.mutate({ userId, ...optional });
    }
  }

  return (
    <ReasonForm
      subject={
        <>
          <span className="font-semibold">{kitchen.businessName}</span> · {kitchen.owner.name} (
          {kitchen.owner.email})
        </>
      }
      reason={decision === 'approve' ? 'none' : copy.reason}
      label={copy.reason === 'required' ? 'Reason' : 'Note (optional)'}
      hint={
        decision === 'reject' ? 'Say what to fix: the chef sees this word for word.' : undefined
      }
      verb={copy.verb}
      danger={copy.danger}
      pending={pending}
      error={error}
      onConfirm={confirm}
      onCancel={onDone}
    >
      {decision === 'reject' && kitchen.documents.length > 0 ? (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-stone-800">
            Documents to reject (optional)
          </legend>
          {kitchen.documents.map((d) => (
            <label key={d.id} className="flex items-center gap-2 text-sm text-stone-700">
              <input
                type="checkbox"
                className="size-4"
                checked={rejectDocs.includes(d.id)}
                onChange={(e) =>
                  setRejectDocs((all) =>
                    e.target.checked ? [...all, d.id] : all.filter((id) => id !== d.id),
                  )
                }
              />
              {d.fileName}
            </label>
          ))}
        </fieldset>
      ) : null}
    </ReasonForm>
  );
}
