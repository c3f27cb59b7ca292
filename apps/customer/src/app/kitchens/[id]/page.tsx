import { KitchenRoute } from '~/features/discovery/pages.tsx';

export const metadata = { title: 'Kitchen' };

export default async function Page(props: PageProps<'/kitchens/[id]'>) {
  const [{ id }, query] = await Promise.all([props.params, props.searchParams]);
  return <KitchenRoute id={id} query={query} />;
}
