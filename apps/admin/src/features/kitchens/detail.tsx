'use client';

import { useTRPC } from '@homechef/app-kit/react';
import {
  Badge,
  Card,
  DetailList,
  OpeningHoursList,
  OpeningStateLabel,
  tagLabel,
} from '@homechef/ui';
import { useQuery } from '@tanstack/react-query';
import { HistoryCard } from '../audit/history-card.tsx';
import { ReviewLayout, ReviewPage } from '../decisions/review.tsx';
import { DecisionBar, type AdminKitchen } from './decisions.tsx';
import { StripeAccountCard } from './stripe-account.tsx';

export function KitchenDetail({ id }: { id: string }) {
  const trpc = useTRPC();
  const kitchen = useQuery(trpc.admin.chefById.queryOptions({ id }));
  return (
    <ReviewPage back={{ href: '/', label: 'Verification queue' }} query={kitchen} noun="kitchen">
      {(data) => <Detail kitchen={data} />}
    </ReviewPage>
  );
}

function Detail({ kitchen }: { kitchen: AdminKitchen }) {
  const k = kitchen.kitchen;

  return (
    <ReviewLayout
      subject={kitchen}
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
      who={`${kitchen.owner.name} · ${kitchen.owner.email}`}
      decisions={<DecisionBar kitchen={kitchen} />}
      main={
        <>
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
        </>
      }
      side={
        <>
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
        </>
      }
    />
  );
}
