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
  OpeningHoursList,
  OpeningStateLabel,
  QueryState,
  Skeleton,
  tagLabel,
  VerificationBadge,
} from '@homechef/ui';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { HistoryCard } from '../audit/history-card.tsx';
import { useOpenDocument } from '../decisions/open-document.ts';
import { DecisionBar, type AdminKitchen } from './decisions.tsx';
import { StripeAccountCard } from './stripe-account.tsx';

export function KitchenDetail({ id }: { id: string }) {
  const trpc = useTRPC();
  const kitchen = useQuery(trpc.admin.chefById.queryOptions({ id }));
  return (
    <div className="space-y-6">
      <Link
        href="/"
        className="inline-flex items-center gap-1.5 text-sm font-medium text-stone-600 hover:text-stone-900"
      >
        <ArrowLeftIcon aria-hidden="true" /> Verification queue
      </Link>
      <QueryState
        query={kitchen}
        loading={
          <div aria-busy="true" aria-label="Loading the kitchen" className="space-y-4">
            <Skeleton className="h-10 w-72" />
            <div className="grid gap-6 lg:grid-cols-3">
              <Skeleton className="h-80 rounded-2xl lg:col-span-2" />
              <Skeleton className="h-80 rounded-2xl" />
            </div>
          </div>
        }
        errorTitle="We couldn’t load this kitchen"
      >
        {(data) => <Detail kitchen={data} />}
      </QueryState>
    </div>
  );
}

const date = (d: Date | null) =>
  d
    ? new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(d)
    : null;

function Detail({ kitchen }: { kitchen: AdminKitchen }) {
  const openDocument = useOpenDocument();
  const k = kitchen.kitchen;

  return (
    <div className="space-y-6">
      <div className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div className="min-w-0">
          <div className="flex flex-wrap items-center gap-2">
            <VerificationBadge status={kitchen.verificationStatus} />
            {kitchen.isListed ? <Badge tone="success">Listed</Badge> : <Badge>Not listed</Badge>}
            {kitchen.isPaused ? <Badge tone="warning">Paused</Badge> : null}
            {kitchen.owner.status === 'suspended' ? (
              <Badge tone="danger">Owner suspended</Badge>
            ) : null}
          </div>
          <h1 className="mt-2 text-3xl font-bold tracking-tight text-stone-900">
            {kitchen.businessName}
          </h1>
          <p className="mt-1 text-stone-600">
            {kitchen.owner.name} · {kitchen.owner.email}
            {kitchen.submittedAt ? ` · submitted ${date(kitchen.submittedAt)}` : ''}
          </p>
        </div>
        <DecisionBar kitchen={kitchen} />
      </div>

      {kitchen.statusReason ? (
        <Alert
          tone="error"
          title={
            kitchen.verificationStatus === 'rejected' ? 'Rejected because' : 'Suspended because'
          }
        >
          {kitchen.statusReason}
        </Alert>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card title="Documents" description="Links open for five minutes; every view is signed.">
            <DocumentList
              documents={kitchen.documents}
              empty={<p className="text-sm text-stone-500">No documents uploaded.</p>}
              actions={(doc) => (
                <Button variant="secondary" size="sm" onClick={() => void openDocument(doc.id)}>
                  Open<span className="sr-only"> {doc.fileName}</span>
                </Button>
              )}
            />
          </Card>
          <Card title="Profile">
            <DetailList
              rows={[
                ['About', kitchen.bio],
                ['Cuisines', kitchen.cuisines.map(tagLabel).join(', ') || null],
                ['Phone', kitchen.phone ?? kitchen.owner.phone],
                [
                  'Address',
                  [k.line1, k.line2, k.city, k.postalCode, k.country].filter(Boolean).join(', ') ||
                    null,
                ],
                [
                  'Coordinates',
                  k.lat !== null && k.lng !== null
                    ? `${k.lat.toFixed(5)}, ${k.lng.toFixed(5)}`
                    : null,
                ],
                ['Delivery radius', `${(kitchen.deliveryRadiusM / 1000).toFixed(1)} km`],
                ['Lead time', `${kitchen.leadTimeMinutes} minutes`],
                [
                  'Rating',
                  kitchen.ratingCount
                    ? `${kitchen.ratingAvg.toFixed(1)} from ${kitchen.ratingCount}`
                    : 'No ratings yet',
                ],
              ]}
            />
          </Card>
          <Card title="Compliance">
            <DetailList
              rows={[
                ['Permit type', kitchen.permitType],
                ['Permit number', kitchen.permitNumber],
                ['Permit expires', kitchen.permitExpiresOn],
                ['Meals per day', kitchen.maxMealsPerDay?.toString() ?? 'No cap'],
                ['Meals per week', kitchen.maxMealsPerWeek?.toString() ?? 'No cap'],
              ]}
            />
          </Card>
          <HistoryCard entries={kitchen.history} about="this kitchen and its owner" />
        </div>
        <div className="space-y-6">
          <Card title="Listing">
            {kitchen.listingBlockers.length === 0 ? (
              <p className="text-sm text-emerald-700">Customers can find this kitchen.</p>
            ) : (
              <ul className="list-disc space-y-1 pl-5 text-sm text-stone-700">
                {kitchen.listingBlockers.map((b) => (
                  <li key={b}>{b}</li>
                ))}
              </ul>
            )}
          </Card>
          <StripeAccountCard chefId={kitchen.id} />
          <Card title="Opening hours">
            <OpeningStateLabel
              {...kitchen.openingState}
              timezone={kitchen.timezone}
              className="mb-3"
            />
            <OpeningHoursList hours={kitchen.openingHours} timezone={kitchen.timezone} />
          </Card>
        </div>
      </div>
    </div>
  );
}
