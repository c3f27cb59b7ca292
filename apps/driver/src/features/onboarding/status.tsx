'use client';

import { describeApiError } from '@homechef/app-kit';
import { useTRPC } from '@homechef/app-kit/react';
import { Alert, Button, Card } from '@homechef/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useRefreshDriver, type OwnDriver } from './use-driver.ts';

/** Where the profile stands: waiting, rejected with the reason, approved or suspended. */
export function DriverStatusBanner({ driver }: { driver: OwnDriver }) {
  if (driver.verificationStatus === 'draft') return null;
  return (
    <div data-testid="driver-status" data-status={driver.verificationStatus}>
      <StatusAlert driver={driver} />
    </div>
  );
}

function StatusAlert({ driver }: { driver: OwnDriver }) {
  switch (driver.verificationStatus) {
    case 'submitted':
      return (
        <Alert tone="info" title="Waiting for review">
          We check your vehicle and documents, usually within a day. You can set up payouts
          meanwhile.
        </Alert>
      );
    case 'rejected':
      return (
        <Alert tone="error" title="Your profile needs changes">
          {driver.statusReason ?? 'The review team asked for changes.'} Fix what they asked for
          below and submit again.
        </Alert>
      );
    case 'approved':
      return (
        <Alert tone="success" title="You’re approved">
          {driver.stripePayoutsEnabled
            ? 'You can go online and take deliveries.'
            : 'Finish setting up payouts, then you can go online.'}
        </Alert>
      );
    case 'suspended':
      return (
        <Alert tone="error" title="Your account is suspended">
          {driver.statusReason ?? 'Contact support to find out more.'}
        </Alert>
      );
    case 'draft':
      return null;
  }
}

/** Step 4: what is still missing, and the button that sends the profile for review. */
export function SubmitCard({ driver }: { driver: OwnDriver }) {
  const trpc = useTRPC();
  const refresh = useRefreshDriver();
  const [error, setError] = useState<string | null>(null);
  const submit = useMutation(
    trpc.drivers.submit.mutationOptions({
      onSuccess: async () => {
        setError(null);
        await refresh();
      },
      onError: (e) => setError(describeApiError(e).message),
    }),
  );
  const resubmit = driver.verificationStatus === 'rejected';
  return (
    <Card
      title="4. Submit for review"
      description="Payouts can be finished before or after the review; you need both to go online."
    >
      <div className="space-y-4">
        {driver.missing.length ? (
          <ul className="list-disc space-y-1 pl-5 text-sm text-stone-700" data-testid="missing">
            {driver.missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-stone-700">Everything is in: send it to the review team.</p>
        )}
        {error ? <Alert tone="error">{error}</Alert> : null}
        <Button
          loading={submit.isPending}
          disabled={driver.missing.length > 0}
          onClick={() => submit.mutate()}
        >
          {resubmit ? 'Submit again' : 'Submit for review'}
        </Button>
      </div>
    </Card>
  );
}
