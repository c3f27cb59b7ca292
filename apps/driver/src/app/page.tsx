import { PayoutsCard } from '@homechef/app-kit/react';
import { BikeIcon, Card, EmptyState, PowerIcon, WalletIcon } from '@homechef/ui';
import { NO_DRIVER_PROFILE_YET } from '~/features/payouts/no-profile.ts';

export default function DriverHome() {
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <section
        aria-labelledby="availability"
        data-testid="driver-availability"
        className="rounded-3xl bg-gradient-to-b from-blue-50 to-white px-6 py-10 text-center ring-1 ring-blue-100"
      >
        <p className="text-sm font-semibold tracking-wide text-stone-500 uppercase">
          You’re offline
        </p>
        <h1 id="availability" className="mt-2 text-3xl font-bold tracking-tight text-stone-900">
          Ready to deliver?
        </h1>
        <p className="mx-auto mt-2 max-w-sm text-stone-600">
          Go online to receive delivery offers from kitchens near you.
        </p>
        <button
          type="button"
          disabled
          aria-describedby="go-online-soon"
          className="mx-auto mt-8 flex size-44 flex-col items-center justify-center gap-2 rounded-full bg-accent text-accent-contrast shadow-xl ring-8 shadow-blue-900/20 ring-blue-100 transition disabled:cursor-not-allowed disabled:opacity-70"
        >
          <PowerIcon className="text-5xl" />
          <span className="text-xl font-semibold">Go online</span>
        </button>
        <p id="go-online-soon" className="mt-6 text-sm text-stone-500">
          Going online arrives with dispatch, coming soon.
        </p>
      </section>

      <div className="grid gap-4 sm:grid-cols-2">
        <Card title="Current delivery">
          <EmptyState
            className="py-8"
            icon={<BikeIcon />}
            title="No active delivery"
            description="Accepted offers show here with pickup and drop-off directions."
          />
        </Card>
        <Card title="Earnings">
          <EmptyState
            className="py-8"
            icon={<WalletIcon />}
            title="Nothing yet"
            description="Delivery fees and tips appear here after your first delivery."
          />
        </Card>
      </div>

      <PayoutsCard kind="driver" noProfile={NO_DRIVER_PROFILE_YET} />
    </div>
  );
}
