'use client';

import type { RouterOutputs } from '@homechef/app-kit';
import { useState } from 'react';
import { DecisionBarOf } from '../decisions/decision-bar.tsx';
import {
  ModerationForm,
  optionalReason,
  verificationButtons,
  type DecisionCopy,
  type SendDecision,
  type Verification,
} from '../decisions/moderation.tsx';

export type AdminKitchen = RouterOutputs['admin']['chefById'];

type Decision = Verification | 'suspendUser' | 'reinstateUser';

const COPY: Record<Decision, DecisionCopy> = {
  approve: {
    title: 'Approve this kitchen?',
    verb: 'Approve',
    reason: 'none',
    danger: false,
    help: 'Its pending documents are accepted. The kitchen is listed once payouts are set up.',
  },
  reject: {
    title: 'Reject this application?',
    verb: 'Reject',
    reason: 'required',
    danger: true,
    help: 'The chef sees your reason and can fix the application and submit it again.',
    hint: 'Say what to fix: the chef sees this word for word.',
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
  const buttons: Array<[Decision, 'primary' | 'secondary' | 'danger']> = [
    ...verificationButtons(kitchen.verificationStatus),
    kitchen.owner.status === 'suspended'
      ? ['reinstateUser', 'secondary']
      : ['suspendUser', 'secondary'],
  ];
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
  const [rejectDocs, setRejectDocs] = useState<string[]>([]);
  const chefId = kitchen.id;
  const userId = kitchen.owner.id;
  const send: Record<Decision, SendDecision> = {
    approve: (api) => api.admin.approveChef.mutate({ chefId }),
    reject: (api, reason) =>
      api.admin.rejectChef.mutate({
        chefId,
        reason,
        ...(rejectDocs.length ? { documentIds: rejectDocs } : {}),
      }),
    suspend: (api, reason) => api.admin.suspendChef.mutate({ chefId, reason }),
    reinstate: (api, reason) =>
      api.admin.reinstateChef.mutate({ chefId, ...optionalReason(reason) }),
    suspendUser: (api, reason) => api.admin.suspendUser.mutate({ userId, reason }),
    reinstateUser: (api, reason) =>
      api.admin.reinstateUser.mutate({ userId, ...optionalReason(reason) }),
  };

  return (
    <ModerationForm
      copy={COPY[decision]}
      subject={
        <>
          <span className="font-semibold">{kitchen.businessName}</span> · {kitchen.owner.name} (
          {kitchen.owner.email})
        </>
      }
      send={send[decision]}
      onDone={onDone}
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
    </ModerationForm>
  );
}
