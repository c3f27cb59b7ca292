import { DriverDetailPage } from '~/features/drivers/pages.tsx';

export const metadata = { title: 'Driver' };

export default async function Page(props: PageProps<'/drivers/[id]'>) {
  const { id } = await props.params;
  return <DriverDetailPage id={id} />;
}
