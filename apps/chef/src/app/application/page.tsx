import { ApplicationPage } from '~/features/application/pages.tsx';

export const metadata = { title: 'Application' };

export default async function Page(props: PageProps<'/application'>) {
  const { step } = await props.searchParams;
  return <ApplicationPage step={typeof step === 'string' ? step : undefined} />;
}
