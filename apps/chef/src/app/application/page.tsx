import { ApplicationWizard } from '~/features/application/wizard.tsx';

export const metadata = { title: 'Application' };

export default async function ApplicationPage(props: PageProps<'/application'>) {
  const { step } = await props.searchParams;
  return <ApplicationWizard initialStep={typeof step === 'string' ? step : undefined} />;
}
