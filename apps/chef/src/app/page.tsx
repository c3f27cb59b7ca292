import { DashboardPage } from '~/features/kitchen/pages.tsx';

export default function Page() {
  return <DashboardPage />;
}
