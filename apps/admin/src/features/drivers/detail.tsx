'use client';

import { useTRPC } from '@homechef/app-kit/react';
import { Badge, Card, DetailList } from '@homechef/ui';
import { useQuery } from '@tanstack/react-query';
import { HistoryCard } from '../audit/history-card.tsx';
import { reviewDate, ReviewLayout, ReviewPage } from '../decisions/review.tsx';
import { DriverDecisionBar } from './decisions.tsx';
import { vehicleLabel, type AdminDriver } from './labels.ts';

export function DriverDetail({ id }: { id: string }) {
  const trpc = useTRPC();
  const driver = useQuery(trpc.admin.driverById.queryOptions({ id }));
  return (
    <ReviewPage back={{ href: '/drivers', label: 'Drivers' }} query={driver} noun="driver">
      {(data) => <Detail driver={data} />}
    </ReviewPage>
  );
}

function Detail({ driver }: { driver: AdminDriver }) {
  return (
    <ReviewLayout
      subject={driver}
      badges={
        driver.owner.status === 'suspended' ? <Badge tone="danger">Account suspended</Badge> : null
      }
      title={driver.owner.name}
      who={driver.owner.email}
      decisions={<DriverDecisionBar driver={driver} />}
      main={
        <>
          <Card title="Vehicle">
            <DetailList
              rows={[
                ['Vehicle', vehicleLabel(driver)],
                ['Phone', driver.owner.phone],
                ['Applied', reviewDate(driver.createdAt)],
                ['Approved', reviewDate(driver.approvedAt)],
              ]}
            />
          </Card>
          <HistoryCard entries={driver.history} about="this driver and their account" />
        </>
      }
      side={
        <>
          <Card title="Going online" description="What the driver app tells them.">
            {driver.goOnlineProblem ? (
              <p className="text-sm text-stone-700" data-testid="go-online-problem">
                {driver.goOnlineProblem}
              </p>
            ) : (
              <p className="text-sm text-emerald-700">This driver may go online.</p>
            )}
          </Card>
          <Card title="Payouts">
            <DetailList
              rows={[
                ['Stripe account', driver.stripeAccountId ?? 'Not started'],
                ['Payouts', driver.stripePayoutsEnabled ? 'Enabled' : 'Not enabled yet'],
              ]}
            />
          </Card>
        </>
      }
    />
  );
}
