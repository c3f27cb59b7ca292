import { DriverEarningsView } from '~/features/earnings/earnings.tsx';

export const metadata = { title: 'Earnings' };

export default function Page() {
  return <DriverEarningsView />;
}
