import { TRPCError } from '@trpc/server';
import {
  createDashboardLink,
  createOnboardingLink,
  PaymentsError,
  refreshAccountStatus,
  type Payee,
} from '@homechef/payments';
import type { Actor, Services } from '../../context.ts';

function payeeOf(actor: Actor): Payee {
  if (actor.role !== 'chef' && actor.role !== 'driver') {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'Only chefs and drivers have payouts' });
  }
  return { kind: actor.role, userId: actor.userId };
}

/** A missing profile or unfinished onboarding is the caller's to fix: PRECONDITION_FAILED. */
async function mapped<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof PaymentsError) {
      throw new TRPCError({ code: 'PRECONDITION_FAILED', message: error.message, cause: error });
    }
    throw error;
  }
}

export function onboardingLink(services: Services, actor: Actor) {
  const payee = payeeOf(actor);
  return mapped(() =>
    createOnboardingLink(
      services.db,
      services.payments.stripe,
      payee,
      services.payments.onboardingUrls[payee.kind],
    ),
  );
}

export function accountStatus(services: Services, actor: Actor) {
  return mapped(() => refreshAccountStatus(services.db, services.payments.stripe, payeeOf(actor)));
}

export function dashboardLink(services: Services, actor: Actor) {
  return mapped(() => createDashboardLink(services.db, services.payments.stripe, payeeOf(actor)));
}
