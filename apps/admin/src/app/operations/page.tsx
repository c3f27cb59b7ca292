import { OperationsPage } from '~/features/operations/page.tsx';

export const metadata = { title: 'Operations' };

export default function Page() {
  return <OperationsPage />;
}
