import { VerificationQueue } from '~/features/kitchens/queue.tsx';

export default function QueuePage() {
  return <VerificationQueue />;
}
