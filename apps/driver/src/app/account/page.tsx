import { OfferNotifications } from '~/features/notifications/offer-notifications.tsx';
import { homechef } from '~/homechef.ts';

export const metadata = { title: 'Your account' };

export default function DriverAccountPage() {
  return (
    <>
      <homechef.AccountPage />
      <div className="mx-auto mt-6 max-w-3xl">
        <OfferNotifications />
      </div>
    </>
  );
}
