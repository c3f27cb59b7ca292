import { VerificationQueue } from '~/features/kitchens/queue.tsx';
import { homechef } from '~/homechef.ts';

export default function QueuePage() {
  return <VerificationQueue serviceStatus={<homechef.ServiceStatus />} />;
}
