'use client';

import { useTRPC } from '@homechef/app-kit/react';
import {
  ArrowLeftIcon,
  Badge,
  Card,
  DetailList,
  OpeningHoursList,
  OpeningStateLabel,
  QueryState,
  Skeleton,
  tagLabel,
} from '@homechef/ui';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { HistoryCard } from '../audit/history-card.tsx';
import {
  ReviewDocumentsCard,
  ReviewHeader,
  reviewDate,
  StatusReasonAlert,
} from '../decisions/review.tsx';
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

function Detail({ kitchen }: { kitchen: AdminKitchen }) {
  const k = kitchen.kitchen;

  return (
    <div className="space-y-6">
      <ReviewHeader
        status={kitchen.verificationStatus}
        badges={
          <>
            {kitchen.isListed ? <Badge tone="success">Listed</Badge> : <Badge>Not listed</Badge>}
            {kitchen.isPaused ? <Badge tone="warning">Paused</Badge> : null}
            {kitchen.owner.status === 'suspended' ? (
              <Badge tone="danger">Owner suspended</Badge>
            ) : null}
          </>
        }
        title={kitchen.businessName}
        subtitle={`${kitchen.owner.name} · ${kitchen.owner.email}${kitchen.submittedAt ? ` · submitted ${reviewDate(kitchen.submittedAt)}` : ''}`}
        decisions={<DecisionBar kitchen={kitchen} />}
      />

      <StatusReasonAlert status={kitchen.verificationStatus} reason={kitchen.statusReason} />

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <ReviewDocumentsCard documents={kitchen.documents} />
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
