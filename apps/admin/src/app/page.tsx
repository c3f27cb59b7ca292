import { QueuePage } from '~/features/kitchens/pages.tsx';

export default function Page() {
  return <QueuePage />;
}
