'use client';

import { useTRPC } from '@homechef/app-kit/react';
import {
  Alert,
  ArrowLeftIcon,
  Badge,
  Button,
  Card,
  DetailList,
  DocumentList,
  QueryState,
  Skeleton,
  VerificationBadge,
} from '@homechef/ui';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { HistoryCard } from '../audit/history-card.tsx';
import { useOpenDocument } from '../decisions/open-document.ts';
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

const date = (d: Date | null) =>
  d
    ? new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(d)
    : null;

function Detail({ driver }: { driver: AdminDriver }) {
  const openDocument = useOpenDocument();
  return (
    <div className="space-y-6">
      <div className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div className="min-w-0">
          <div className="flex flex-wrap items-center gap-2">
            <VerificationBadge status={driver.verificationStatus} />
            {driver.owner.status === 'suspended' ? (
              <Badge tone="danger">Account suspended</Badge>
            ) : null}
          </div>
          <h1 className="mt-2 text-3xl font-bold tracking-tight text-stone-900">
            {driver.owner.name}
          </h1>
          <p className="mt-1 text-stone-600">
            {driver.owner.email}
            {driver.submittedAt ? ` · submitted ${date(driver.submittedAt)}` : ''}
          </p>
        </div>
        <DriverDecisionBar driver={driver} />
      </div>

      {driver.statusReason ? (
        <Alert
          tone="error"
          title={
            driver.verificationStatus === 'rejected' ? 'Rejected because' : 'Suspended because'
          }
        >
          {driver.statusReason}
        </Alert>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card title="Documents" description="Links open for five minutes; every view is signed.">
            <DocumentList
              documents={driver.documents}
              empty={<p className="text-sm text-stone-500">No documents uploaded.</p>}
              actions={(doc) => (
                <Button variant="secondary" size="sm" onClick={() => void openDocument(doc.id)}>
                  Open<span className="sr-only"> {doc.fileName}</span>
                </Button>
              )}
            />
          </Card>
          <Card title="Vehicle">
            <DetailList
              rows={[
                ['Vehicle', vehicleLabel(driver)],
                ['Phone', driver.owner.phone],
                ['Applied', date(driver.createdAt)],
                ['Approved', date(driver.approvedAt)],
              ]}
            />
          </Card>
          <HistoryCard entries={driver.history} about="this driver and their account" />
        </div>
        <div className="space-y-6">
          <Card title="Going online">
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
