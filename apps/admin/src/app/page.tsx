import { QueuePage } from '~/features/kitchens/pages.tsx';
import { homechef } from '~/homechef.ts';

export default function Page() {
  return <QueuePage serviceStatus={<homechef.ServiceStatus />} />;
}
