import { Onboarding } from '~/features/onboarding/onboarding.tsx';
import { homechef } from '~/homechef.ts';

export const metadata = { title: 'Driver profile' };

export default async function Page() {
  await homechef.prefetch(homechef.trpc.drivers.me.queryOptions());
  return (
    <homechef.HydrateClient>
      <Onboarding />
    </homechef.HydrateClient>
  );
}
