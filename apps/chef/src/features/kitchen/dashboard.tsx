'use client';

import { PayoutsCard, useTRPC } from '@homechef/app-kit/react';
import {
  buttonClasses,
  Card,
  ChefHatIcon,
  EmptyState,
  MenuBookIcon,
  OpeningStateLabel,
  PageHeader,
  Skeleton,
  QueryState,
} from '@homechef/ui';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { NO_KITCHEN_YET } from '~/features/payouts/no-profile.tsx';
import { IncomingOrdersSummary } from '../orders/incoming-summary.tsx';
import { PauseSwitch } from './pause-switch.tsx';
import { StatusPanel } from './status-panel.tsx';
import { useKitchen, type OwnKitchen } from './use-kitchen.ts';

/** The chef's home: verification status and checklist, the pause switch, the menu at a glance. */
export function Dashboard() {
  const kitchen = useKitchen();
  return (
    <div className="space-y-8">
      <PageHeader
        eyebrow="Dashboard"
        title={kitchen.data?.businessName ?? 'Your kitchen'}
        description="Your application, your menu and your orders, all in one place."
      />
      <QueryState
        query={kitchen}
        loading={<DashboardSkeleton />}
        errorTitle="We couldn’t load your kitchen"
        isEmpty={(data) => data === null}
        empty={
          <EmptyState
            icon={<ChefHatIcon />}
            title="Start your kitchen application"
            description="Tell us about your kitchen, set your hours and upload your food-safety documents. It takes about ten minutes, and you can stop at any time."
            action={
              <Link href="/application" className={buttonClasses({ size: 'lg' })}>
                Start application
              </Link>
            }
          />
        }
      >
        {(data) => <KitchenOverview kitchen={data} />}
      </QueryState>
    </div>
  );
}

function KitchenOverview({ kitchen }: { kitchen: OwnKitchen }) {
  const status = kitchen.verificationStatus;
  const cta =
    status === 'draft'
      ? 'Continue application'
      : status === 'rejected'
        ? 'Fix and resubmit'
        : 'View application';
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="space-y-6 lg:col-span-2">
        <StatusPanel
          kitchen={kitchen}
          action={
            <Link
              href="/application"
              className={buttonClasses({
                variant: status === 'draft' || status === 'rejected' ? 'primary' : 'secondary',
              })}
            >
              {cta}
            </Link>
          }
        />
        <MenuSummary />
      </div>
      <div className="space-y-6">
        <PayoutsCard kind="chef" noProfile={NO_KITCHEN_YET} />
        {status === 'approved' ? (
          <Card title="Taking orders" description="Pause when you need a break.">
            <PauseSwitch kitchen={kitchen} />
          </Card>
        ) : null}
        <Card title="Opening hours">
          <OpeningStateLabel {...kitchen.openingState} timezone={kitchen.timezone} />
          <p className="mt-2 text-sm text-stone-500">
            {kitchen.openingHours.length} opening window
            {kitchen.openingHours.length === 1 ? '' : 's'} a week ·{' '}
            <Link href="/application?step=hours" className="font-medium text-accent-ink underline">
              Edit hours
            </Link>
          </p>
        </Card>
        <Card title="Incoming orders">
          <IncomingOrdersSummary />
        </Card>
      </div>
    </div>
  );
}

function MenuSummary() {
  const trpc = useTRPC();
  const menus = useQuery(trpc.menus.list.queryOptions());
  const items = menus.data?.menus.flatMap((m) => m.items) ?? [];
  return (
    <Card
      title="Your menu"
      description="Dishes, prices, allergens and availability."
      action={
        <Link href="/menu" className={buttonClasses({ variant: 'secondary', size: 'sm' })}>
          Edit menu
        </Link>
      }
    >
      <QueryState
        query={menus}
        loading={<Skeleton className="h-16" />}
        isEmpty={() => items.length === 0}
        empty={
          <EmptyState
            icon={<MenuBookIcon />}
            title="No dishes yet"
            description="Add your first menu and dishes: customers see them once you’re listed."
          />
        }
      >
        {(data) => (
          <p className="text-sm text-stone-700">
            <span className="text-2xl font-semibold text-stone-900">{items.length}</span> dishes on{' '}
            {data.menus.length} menu{data.menus.length === 1 ? '' : 's'} ·{' '}
            {items.filter((i) => i.isAvailable).length} available today
          </p>
        )}
      </QueryState>
    </Card>
  );
}

function DashboardSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading your kitchen" className="grid gap-6 lg:grid-cols-3">
      <div className="space-y-6 lg:col-span-2">
        <Skeleton className="h-56 rounded-2xl" />
        <Skeleton className="h-32 rounded-2xl" />
      </div>
      <Skeleton className="h-64 rounded-2xl" />
    </div>
  );
}
