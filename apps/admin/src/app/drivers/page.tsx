import { DriverQueuePage } from '~/features/drivers/pages.tsx';

export const metadata = { title: 'Drivers' };

export default function Page() {
  return <DriverQueuePage />;
}
