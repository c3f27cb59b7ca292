'use client';

import { useTRPC } from '@homechef/app-kit/react';
import { useMutation } from '@tanstack/react-query';
import { DecisionBarOf } from '../decisions/decision-bar.tsx';
import { ReasonForm, useDecision } from '../decisions/reason-form.tsx';
import type { AdminDriver } from './labels.ts';

type Decision = 'approve' | 'reject' | 'suspend' | 'reinstate';

const COPY: Record<
  Decision,
  {
    title: string;
    verb: string;
    reason: 'required' | 'optional' | 'none';
    danger: boolean;
    help: string;
  }
> = {
  approve: {
    title: 'Approve this driver?',
    verb: 'Approve',
    reason: 'none',
    danger: false,
    help: 'The driver may go online once Stripe payouts are enabled.',
  },
  reject: {
    title: 'Reject this driver?',
    verb: 'Reject',
    reason: 'required',
    danger: true,
    help: 'The driver sees your reason and can fix the profile and submit it again.',
  },
  suspend: {
    title: 'Suspend this driver?',
    verb: 'Suspend driver',
    reason: 'required',
    danger: true,
    help: 'The driver may not go online until reinstated. They see your reason.',
  },
  reinstate: {
    title: 'Reinstate this driver?',
    verb: 'Reinstate',
    reason: 'optional',
    danger: false,
    help: 'The driver returns to approved.',
  },
};

/** The decisions that fit the driver's state, each behind a confirmation. */
export function DriverDecisionBar({ driver }: { driver: AdminDriver }) {
  const buttons: Array<[Decision, 'primary' | 'danger']> = [];
  if (driver.verificationStatus === 'submitted') {
    buttons.push(['approve', 'primary'], ['reject', 'danger']);
  }
  if (driver.verificationStatus === 'approved') buttons.push(['suspend', 'danger']);
  if (driver.verificationStatus === 'suspended') buttons.push(['reinstate', 'primary']);
  return (
    <DecisionBarOf
      buttons={buttons}
      copy={COPY}
      form={(decision, close) => (
        <DecisionForm decision={decision} driver={driver} onDone={close} />
      )}
    />
  );
}

function DecisionForm({
  decision,
  driver,
  onDone,
}: {
  decision: Decision;
  driver: AdminDriver;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const copy = COPY[decision];
  const { error, reasonOf, options } = useDecision({
    success: `${copy.verb}: done. Recorded in the audit log.`,
    invalidate: trpc.admin.pathKey(),
    onDone,
  });
  const approve = useMutation(trpc.admin.approveDriver.mutationOptions(options));
  const reject = useMutation(trpc.admin.rejectDriver.mutationOptions(options));
  const suspend = useMutation(trpc.admin.suspendDriver.mutationOptions(options));
  const reinstate = useMutation(trpc.admin.reinstateDriver.mutationOptions(options));
  const pending = [approve, reject, suspend, reinstate].some((m) => m.isPending);

  function confirm(reason: string) {
    const text = reasonOf(reason, copy.reason === 'required');
    if (text === null) return;
    const driverId = driver.id;
    switch (decision) {
      case 'approve':
        return approve.mutate({ driverId });
      case 'reject':
        return reject.mutate({ driverId, reason: text });
      case 'suspend':
        return suspend.mutate({ driverId, reason: text });
      case 'reinstate':
        return reinstate.mutate({ driverId, ...(text ? { reason: text } : {}) });
    }
  }

  return (
    <ReasonForm
      subject={
        <>
          <span className="font-semibold">{driver.owner.name}</span> ({driver.owner.email})
        </>
      }
      reason={copy.reason}
      label={copy.reason === 'required' ? 'Reason' : 'Note (optional)'}
      hint={
        decision === 'reject' ? 'Say what to fix: the driver sees this word for word.' : undefined
      }
      verb={copy.verb}
      danger={copy.danger}
      pending={pending}
      error={error}
      onConfirm={confirm}
      onCancel={onDone}
    />
  );
}
