import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { chefs } from '@homechef/db';
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

/**
 * A kitchen's account as Stripe sees it now, for admins (read live, and saved like the chef's
 * own status check, so the listing follows at once).
 */
export async function kitchenAccountStatus(services: Services, { id }: { id: string }) {
  const [chef] = await services.db
    .select({ userId: chefs.userId })
    .from(chefs)
    .where(eq(chefs.id, id))
    .limit(1);
  if (!chef) throw new TRPCError({ code: 'NOT_FOUND', message: 'Kitchen not found' });
  return mapped(() =>
    refreshAccountStatus(services.db, services.payments.stripe, {
      kind: 'chef',
      userId: chef.userId,
    }),
  );
}
