import { DashboardPage } from '~/features/kitchen/pages.tsx';
import { homechef } from '~/homechef.ts';

export default function Page() {
  return <DashboardPage serviceStatus={<homechef.ServiceStatus />} />;
}
