'use client';

import { useTRPC } from '@homechef/app-kit/react';
import { ArrowLeftIcon, Badge, Card, DetailList, QueryState, Skeleton } from '@homechef/ui';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { HistoryCard } from '../audit/history-card.tsx';
import {
  ReviewDocumentsCard,
  ReviewHeader,
  reviewDate,
  StatusReasonAlert,
} from '../decisions/review.tsx';
import { DriverDecisionBar } from './decisions.tsx';
import { vehicleLabel, type AdminDriver } from './labels.ts';

export function DriverDetail({ id }: { id: string }) {
  const trpc = useTRPC();
  const driver = useQuery(trpc.admin.driverById.queryOptions({ id }));
  return (
    <div className="space-y-6">
      <Link
        href="/drivers"
        className="inline-flex items-center gap-1.5 text-sm font-medium text-stone-600 hover:text-stone-900"
      >
        <ArrowLeftIcon aria-hidden="true" /> Drivers
      </Link>
      <QueryState
        query={driver}
        loading={
          <div aria-busy="true" aria-label="Loading the driver" className="space-y-4">
            <Skeleton className="h-10 w-72" />
            <Skeleton className="h-80 rounded-2xl" />
          </div>
        }
        errorTitle="We couldn’t load this driver"
      >
        {(data) => <Detail driver={data} />}
      </QueryState>
    </div>
  );
}

function Detail({ driver }: { driver: AdminDriver }) {
  return (
    <div className="space-y-6">
      <ReviewHeader
        status={driver.verificationStatus}
        badges={
          driver.owner.status === 'suspended' ? (
            <Badge tone="danger">Account suspended</Badge>
          ) : null
        }
        title={driver.owner.name}
        subtitle={`${driver.owner.email}${driver.submittedAt ? ` · submitted ${reviewDate(driver.submittedAt)}` : ''}`}
        decisions={<DriverDecisionBar driver={driver} />}
      />

      <StatusReasonAlert status={driver.verificationStatus} reason={driver.statusReason} />

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <ReviewDocumentsCard documents={driver.documents} />
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
        </div>
        <div className="space-y-6">
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
        </div>
      </div>
    </div>
  );
}
