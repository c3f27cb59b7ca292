import { DiscoveryPage } from '~/features/discovery/pages.tsx';

export const metadata = { title: 'Kitchens near you' };
export default DiscoveryPage;
