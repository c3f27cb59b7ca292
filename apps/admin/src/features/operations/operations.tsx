'use client';

import { useTRPC } from '@homechef/app-kit/react';
import {
  Badge,
  Button,
  Card,
  EmptyState,
  LiveIndicator,
  MapPinIcon,
  OrderStatusBadge,
  PageHeader,
  QueryState,
  Skeleton,
} from '@homechef/ui';
import { ORDER_STATUS_LABELS, type OperationsOutput } from '@homechef/validators';
import { useQuery } from '@tanstack/react-query';
import dynamic from 'next/dynamic';
import Link from 'next/link';
import { useState, type ReactNode } from 'react';
import { Cell, Table } from '../table/table.tsx';
import { useClock } from './clock.ts';
import {
  ACTIVITY_LABELS,
  ACTIVITY_MARKERS,
  ACTIVITY_TONES,
  KITCHEN_MARKER,
  REFRESH_MS,
  activityCounts,
  formatMs,
  formatSeconds,
  secondsUntil,
  serverNow,
} from './live.ts';
import { Legend } from './legend.tsx';

const OperationsMap = dynamic(() => import('./operations-map.tsx').then((m) => m.OperationsMap), {
  ssr: false,
  loading: () => <Skeleton className="h-72 rounded-xl sm:h-96" />,
});

/** `/operations`: dispatch live, asked for again every few seconds. */
export function Operations({ tileUrl }: { tileUrl: string | null }) {
  const trpc = useTRPC();
  const query = useQuery({
    ...trpc.admin.operations.queryOptions(),
    refetchInterval: REFRESH_MS,
  });
  const now = useClock(query.dataUpdatedAt);
  const [fitRequest, setFitRequest] = useState(0);
  // A failed refresh keeps the last snapshot on screen; the indicator says it is stale.
  const shown = query.data ? { ...query, status: 'success' as const, error: null } : query;
  const age = query.dataUpdatedAt ? Math.max(0, now - query.dataUpdatedAt) / 1000 : 0;

  return (
    <div className="space-y-6">
      <PageHeader
        eyebrow="Operations"
        title="Live dispatch"
        description="Drivers on shift, orders waiting for a driver, offers out and the last dispatch rounds, refreshed every few seconds."
        actions={
          <LiveIndicator
            data-testid="operations-live"
            state={query.isError ? 'offline' : query.data ? 'live' : 'connecting'}
            label={
              !query.data
                ? query.isError
                  ? 'Offline'
                  : 'Loading…'
                : query.isError
                  ? `Can’t refresh: showing data ${formatSeconds(age)} old, retrying…`
                  : `Updated ${formatSeconds(age)} ago`
            }
          />
        }
      />
      <QueryState
        query={shown}
        loading={<Skeleton className="h-96 rounded-2xl" />}
        errorTitle="We couldn’t load operations"
      >
        {(data) => (
          <Snapshot
            data={data}
            now={serverNow(data, query.dataUpdatedAt, now)}
            tileUrl={tileUrl}
            fitRequest={fitRequest}
            onFit={() => setFitRequest((n) => n + 1)}
          />
        )}
      </QueryState>
    </div>
  );
}

function Snapshot({
  data,
  now,
  tileUrl,
  fitRequest,
  onFit,
}: {
  data: OperationsOutput;
  /** The server's clock now, in ms. */
  now: number;
  tileUrl: string | null;
  fitRequest: number;
  onFit: () => void;
}) {
  const counts = activityCounts(data);
  const { summary } = data.rounds;
  return (
    <div className="space-y-6">
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Stat label="Drivers on shift" value={data.drivers.total}>
          {counts.idle} free · {counts.offered} answering · {counts.busy} delivering
        </Stat>
        <Stat label="Orders waiting" value={data.waitingOrders.total}>
          {data.waitingOrders.items.filter((o) => o.pendingOffers > 0).length} with an offer out
        </Stat>
        <Stat label="Offers out" value={data.offers.total}>
          {summary.expired} expired in the last hour
        </Stat>
        <Stat
          label="Round time (avg / p95)"
          value={`${formatMs(summary.avgMs)} / ${formatMs(summary.p95Ms)}`}
        >
          {summary.rounds} rounds in the last {summary.windowMinutes} min
          {summary.failed ? `, ${summary.failed} failed` : ''}
        </Stat>
      </dl>

      <Card
        title="Map"
        action={
          <Button variant="secondary" size="sm" onClick={onFit}>
            Show all
          </Button>
        }
      >
        <div className="space-y-3">
          <OperationsMap snapshot={data} tileUrl={tileUrl} fitRequest={fitRequest} />
          <Legend
            items={[
              ...(['idle', 'offered', 'busy'] as const).map((a) => ({
                ...ACTIVITY_MARKERS[a],
                label: `Driver: ${ACTIVITY_LABELS[a].toLowerCase()}`,
              })),
              { ...KITCHEN_MARKER, glyph: '2', label: 'Kitchen, with orders waiting' },
            ]}
          />
          {data.drivers.items.length === 0 && data.waitingOrders.items.length === 0 ? (
            <p className="text-sm text-stone-600">
              Nobody is on shift and no order is waiting: the map fills as drivers go online.
            </p>
          ) : null}
        </div>
      </Card>

      <div className="grid gap-6 xl:grid-cols-2">
        <Section
          title="Orders waiting for a driver"
          list={data.waitingOrders}
          noun="orders"
          empty="No order is waiting for a driver."
        >
          <Table
            caption="Orders waiting for a driver"
            columns={['Order', 'Kitchen', 'Status', 'Waiting', 'Offers']}
          >
            {data.waitingOrders.items.map((o) => (
              <tr key={o.id} data-testid="waiting-order-row" data-order-id={o.id}>
                <Cell>
                  <OrderLink id={o.id} code={o.shortCode} />
                </Cell>
                <Cell>
                  <Link href={`/kitchens/${o.kitchen.id}`} className="hover:underline">
                    {o.kitchen.name}
                  </Link>
                </Cell>
                <Cell>
                  <OrderStatusBadge status={o.status} labels={ORDER_STATUS_LABELS} />
                </Cell>
                <Cell className="whitespace-nowrap tabular-nums">
                  {o.readyAt.getTime() > now
                    ? `ready in ${formatSeconds((o.readyAt.getTime() - now) / 1000)}`
                    : formatSeconds((now - o.readyAt.getTime()) / 1000)}
                </Cell>
                <Cell className="tabular-nums">{o.pendingOffers}</Cell>
              </tr>
            ))}
          </Table>
        </Section>

        <Section
          title="Offers out"
          list={data.offers}
          noun="offers"
          empty="No offer is waiting for an answer."
        >
          <Table
            caption="Offers out"
            columns={['Order', 'Driver', 'Kitchen', 'Round', 'Expires in']}
          >
            {data.offers.items.map((f) => {
              const left = secondsUntil(f.expiresAt, now);
              return (
                <tr key={f.id} data-testid="offer-row" data-offer-id={f.id}>
                  <Cell>
                    <OrderLink id={f.orderId} code={f.shortCode} />
                  </Cell>
                  <Cell>
                    <Link href={`/drivers/${f.driverId}`} className="hover:underline">
                      {f.driverName}
                    </Link>
                  </Cell>
                  <Cell>{f.kitchenName}</Cell>
                  <Cell className="tabular-nums">{f.round}</Cell>
                  <Cell className="whitespace-nowrap tabular-nums">
                    <time dateTime={f.expiresAt.toISOString()} data-testid="offer-countdown">
                      {left > 0 ? `${left} s` : 'expiring…'}
                    </time>
                  </Cell>
                </tr>
              );
            })}
          </Table>
        </Section>
      </div>

      <Section
        title="Drivers on shift"
        list={data.drivers}
        noun="drivers"
        empty="No driver is on shift."
      >
        <Table
          caption="Drivers on shift"
          columns={['Driver', 'Vehicle', 'Activity', 'Last position']}
        >
          {data.drivers.items.map((d) => (
            <tr
              key={d.id}
              data-testid="driver-row"
              data-driver-id={d.id}
              data-activity={d.activity}
            >
              <Cell>
                <Link
                  href={`/drivers/${d.id}`}
                  className="font-medium text-stone-900 hover:underline"
                >
                  {d.name}
                </Link>
              </Cell>
              <Cell className="whitespace-nowrap">
                {d.vehicleType}
                {d.vehiclePlate ? ` · ${d.vehiclePlate}` : ''}
              </Cell>
              <Cell>
                <Badge tone={ACTIVITY_TONES[d.activity]}>{ACTIVITY_LABELS[d.activity]}</Badge>
              </Cell>
              <Cell className="whitespace-nowrap">
                {d.lastPingAt
                  ? `${formatSeconds((now - d.lastPingAt.getTime()) / 1000)} ago`
                  : 'No position yet'}
                {d.lastPingAt && !d.fresh ? (
                  <span className="block text-xs text-amber-800">
                    Too old: dispatch skips this driver
                  </span>
                ) : null}
              </Cell>
            </tr>
          ))}
        </Table>
      </Section>

      <Section
        title="Dispatch rounds"
        description="The newest first. Rounds with nothing to do are counted together on one row."
        list={{ items: data.rounds.recent, total: data.rounds.recent.length, truncated: false }}
        noun="rounds"
        empty="No dispatch round has run yet: the server runs one every few seconds."
      >
        <div data-testid="rounds-table">
          <Table
            caption="Dispatch rounds"
            columns={[
              'Last round',
              'Rounds',
              'Time',
              'Waiting',
              'Free drivers',
              'Offers (planned)',
              'Held',
              'Expired',
            ]}
          >
            {data.rounds.recent.map((r) => (
              <tr key={r.id} data-testid="round-row">
                <Cell className="whitespace-nowrap">
                  <time dateTime={r.lastStartedAt.toISOString()}>
                    {formatSeconds((now - r.lastStartedAt.getTime()) / 1000)} ago
                  </time>
                  {r.rounds > 1 ? (
                    <span className="block text-xs text-stone-600">
                      idle since {formatSeconds((now - r.startedAt.getTime()) / 1000)} ago
                    </span>
                  ) : null}
                  {r.failed ? (
                    <Badge tone="danger" className="ml-2">
                      Failed
                    </Badge>
                  ) : null}
                </Cell>
                <Cell className="whitespace-nowrap tabular-nums">
                  {r.rounds === 1 ? '1' : `${r.rounds} idle`}
                </Cell>
                <Cell className="whitespace-nowrap tabular-nums">
                  {r.rounds === 1
                    ? `${r.durationMs} ms`
                    : `${Math.round(r.totalMs / r.rounds)} ms avg`}
                </Cell>
                <Cell className="tabular-nums">{r.waiting}</Cell>
                <Cell className="tabular-nums">{r.driversFree}</Cell>
                <Cell className="tabular-nums">
                  {r.offers} ({r.planned})
                </Cell>
                <Cell className="tabular-nums">{r.held}</Cell>
                <Cell className="tabular-nums">{r.expired}</Cell>
              </tr>
            ))}
          </Table>
        </div>
      </Section>
    </div>
  );
}

function Stat({
  label,
  value,
  children,
}: {
  label: string;
  value: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="rounded-2xl border border-stone-200 bg-white p-4 shadow-sm shadow-stone-900/5">
      <dt className="text-xs font-semibold tracking-wide text-stone-500 uppercase">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold text-stone-900 tabular-nums">{value}</dd>
      <dd className="mt-1 text-xs text-stone-600">{children}</dd>
    </div>
  );
}

/** A titled list with its empty state and a note when the server left rows out. */
function Section({
  title,
  description,
  list,
  noun,
  empty,
  children,
}: {
  title: string;
  description?: string;
  list: { items: unknown[]; total: number; truncated: boolean };
  noun: string;
  empty: string;
  children: ReactNode;
}) {
  return (
    <section className="min-w-0 space-y-3" aria-label={title}>
      <div>
        <h2 className="text-base font-semibold text-stone-900">
          {title} <span className="text-stone-500 tabular-nums">({list.total})</span>
        </h2>
        {description ? <p className="text-sm text-stone-600">{description}</p> : null}
      </div>
      {list.items.length === 0 ? (
        <EmptyState icon={<MapPinIcon />} title={empty} className="py-8" />
      ) : (
        children
      )}
      {list.truncated ? (
        <p className="text-sm text-stone-600">
          Showing the first {list.items.length} of {list.total} {noun}.
        </p>
      ) : null}
    </section>
  );
}

function OrderLink({ id, code }: { id: string; code: string }) {
  return (
    <Link href={`/orders/${id}`} className="font-mono font-semibold text-stone-900 hover:underline">
      #{code}
    </Link>
  );
}
