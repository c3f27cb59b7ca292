import { KitchenDetailPage } from '~/features/kitchens/pages.tsx';

export const metadata = { title: 'Kitchen' };

export default async function Page(props: PageProps<'/kitchens/[id]'>) {
  const { id } = await props.params;
  return <KitchenDetailPage id={id} />;
}
