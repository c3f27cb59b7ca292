import { homechef } from '~/homechef.ts';
import { ApplicationWizard } from './wizard.tsx';

/** `/application`: the wizard, opened on the saved application (rendered on the server). */
export async function ApplicationPage({ step }: { step: string | undefined }) {
  await homechef.prefetch(homechef.trpc.chefs.me.queryOptions());
  return (
    <homechef.HydrateClient>
      <ApplicationWizard initialStep={step} />
    </homechef.HydrateClient>
  );
}
