import { Dashboard } from '~/features/kitchen/dashboard.tsx';

export default function DashboardPage() {
  return <Dashboard />;
}
