import { KitchenDetail } from '~/features/kitchens/detail.tsx';

export const metadata = { title: 'Kitchen' };

export default async function KitchenPage(props: PageProps<'/kitchens/[id]'>) {
  return <KitchenDetail id={(await props.params).id} />;
}
