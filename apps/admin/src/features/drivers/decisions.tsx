'use client';

import { DecisionBarOf } from '../decisions/decision-bar.tsx';
import {
  ModerationForm,
  optionalReason,
  verificationButtons,
  type DecisionCopy,
  type SendDecision,
  type Verification,
} from '../decisions/moderation.tsx';
import type { AdminDriver } from './labels.ts';

const COPY: Record<Verification, DecisionCopy> = {
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
    hint: 'Say what to fix: the driver sees this word for word.',
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

const send = (driverId: string): Record<Verification, SendDecision> => ({
  approve: (api) => api.admin.approveDriver.mutate({ driverId }),
  reject: (api, reason) => api.admin.rejectDriver.mutate({ driverId, reason }),
  suspend: (api, reason) => api.admin.suspendDriver.mutate({ driverId, reason }),
  reinstate: (api, reason) =>
    api.admin.reinstateDriver.mutate({ driverId, ...optionalReason(reason) }),
});

/** The decisions that fit the driver's state, each behind a confirmation. */
export function DriverDecisionBar({ driver }: { driver: AdminDriver }) {
  return (
    <DecisionBarOf
      buttons={verificationButtons(driver.verificationStatus)}
      copy={COPY}
      form={(decision, close) => (
        <ModerationForm
          copy={COPY[decision]}
          subject={
            <>
              <span className="font-semibold">{driver.owner.name}</span> ({driver.owner.email})
            </>
          }
          send={send(driver.id)[decision]}
          onDone={close}
        />
      )}
    />
  );
}
