import { Dashboard } from '~/features/kitchen/dashboard.tsx';
import { homechef } from '~/homechef.ts';

export default function DashboardPage() {
  return <Dashboard serviceStatus={<homechef.ServiceStatus />} />;
}
