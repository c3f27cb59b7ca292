import { EarningsPage } from '~/features/earnings/pages.tsx';

export const metadata = { title: 'Earnings' };
export default EarningsPage;
