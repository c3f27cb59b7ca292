import { DiscoveryPage } from '~/features/discovery/pages.tsx';

export const metadata = { title: 'Kitchens near you' };

export default async function Page(props: PageProps<'/kitchens'>) {
  return <DiscoveryPage query={await props.searchParams} />;
}
