'use client';

import { DeliveryPhoto, useTRPC } from '@homechef/app-kit/react';
import type { RouterOutputs } from '@homechef/app-kit';
import {
  Alert,
  OrderPageState,
  Badge,
  Button,
  Card,
  DetailList,
  OrderLineList,
  OrderStatusBadge,
  OrderTimeline,
  OrderTotals,
  PageHeader,
  cn,
  formatDateTime,
  formatPrice,
} from '@homechef/ui';
import { ORDER_STATUS_LABELS } from '@homechef/validators';
import { DRIVER_ASSIGNABLE_STATUSES } from '@homechef/validators/constants';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { ACCOUNT_LABELS, groupLedger, ledgerBalance, type LedgerEntry } from './ledger.ts';
import { vehicleLabel } from '../drivers/labels.ts';
import { AssignDriverDialog } from './assign-driver.tsx';
import { OrderMoneyDialog, type MoneyAction } from './money-dialogs.tsx';

type AdminOrder = RouterOutputs['admin']['order'];

const Mono = ({ children }: { children: string }) => (
  <code className="rounded bg-stone-100 px-1.5 py-0.5 font-mono text-xs break-all">{children}</code>
);

/** `/orders/<id>`: an order as an admin investigates it, with refund and cancel. */
export function AdminOrderDetail({ orderId }: { orderId: string }) {
  const trpc = useTRPC();
  const order = useQuery(trpc.admin.order.queryOptions({ orderId }));
  return (
    <OrderPageState query={order} linkComponent={Link}>
      {(data) => <OrderView data={data} />}
    </OrderPageState>
  );
}

function OrderView({ data }: { data: AdminOrder }) {
  const { order, customer, driver, payment, ledger } = data;
  const [dialog, setDialog] = useState<MoneyAction | 'assign' | null>(null);
  const assignable = (DRIVER_ASSIGNABLE_STATUSES as readonly string[]).includes(order.status);
  return (
    <div className="space-y-6">
      <PageHeader
        eyebrow={`Order #${order.shortCode}`}
        title={order.chef.businessName}
        description={`For ${customer.name} · placed ${formatDateTime(order.placedAt)}`}
        actions={
          <div className="flex flex-wrap items-center gap-3">
            <OrderStatusBadge status={order.status} labels={ORDER_STATUS_LABELS} />
            {assignable ? (
              <Button variant="secondary" onClick={() => setDialog('assign')}>
                {driver ? 'Reassign driver' : 'Assign driver'}
              </Button>
            ) : null}
            {order.actions.includes('refund') ? (
              <Button variant="secondary" onClick={() => setDialog('refund')}>
                Refund
              </Button>
            ) : null}
            {order.actions.includes('cancel') ? (
              <Button variant="danger" onClick={() => setDialog('cancel')}>
                Cancel order
              </Button>
            ) : null}
          </div>
        }
      />
      <OrderMoneyDialog
        order={order}
        action={dialog === 'assign' ? null : dialog}
        onClose={() => setDialog(null)}
      />
      <AssignDriverDialog
        order={order}
        currentDriverId={driver?.id ?? null}
        open={dialog === 'assign'}
        onClose={() => setDialog(null)}
      />
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card title="Dishes">
            <OrderLineList lines={order.lines} currency={order.currency} />
            {order.notes ? (
              <p className="mt-4 text-sm text-stone-700">Order note: {order.notes}</p>
            ) : null}
          </Card>
          <LedgerCard entries={ledger} currency={order.currency} />
          <Card title="Refunds">
            {order.refunds.length === 0 ? (
              <p className="text-sm text-stone-500">Nothing refunded.</p>
            ) : (
              <ul className="divide-y divide-stone-100 text-sm" data-testid="refunds">
                {order.refunds.map((r) => (
                  <li key={r.id} className="flex flex-wrap items-start justify-between gap-2 py-2">
                    <div className="min-w-0">
                      <p className="font-medium text-stone-900">
                        {formatPrice(r.amountCents, order.currency)}{' '}
                        <Badge
                          tone={
                            r.status === 'succeeded'
                              ? 'success'
                              : r.status === 'pending'
                                ? 'warning'
                                : 'danger'
                          }
                        >
                          {r.status}
                        </Badge>
                      </p>
                      {r.reason ? <p className="text-stone-600">“{r.reason}”</p> : null}
                      {r.driverAtFault ? (
                        <p className="text-stone-600">
                          Delivery at fault: the driver’s part is taken back from their pay.
                        </p>
                      ) : null}
                    </div>
                    <span className="text-stone-500">{formatDateTime(r.createdAt)}</span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
        <div className="space-y-6">
          <Card title="Price">
            <OrderTotals order={order} />
          </Card>
          <Card title="Payment">
            {payment ? (
              <DetailList
                rows={[
                  ['PaymentIntent', <Mono key="pi">{payment.stripePaymentIntentId}</Mono>],
                  ['Status', payment.status],
                  ['Amount', formatPrice(payment.amountCents, order.currency)],
                  ['Application fee', formatPrice(payment.applicationFeeCents, order.currency)],
                  ['Paid to', <Mono key="acct">{payment.destinationAccountId}</Mono>],
                ]}
              />
            ) : (
              <p className="text-sm text-stone-500">Not paid.</p>
            )}
          </Card>
          <Card title="People">
            <DetailList
              rows={[
                [
                  'Customer',
                  <span key="c">
                    {customer.name}
                    <br />
                    <span className="text-stone-500">{customer.email}</span>
                  </span>,
                ],
                [
                  'Kitchen',
                  <Link key="k" href={`/kitchens/${order.chef.id}`} className="underline">
                    {order.chef.businessName}
                  </Link>,
                ],
                [
                  'Driver',
                  driver ? (
                    <span key="d">
                      <Link href={`/drivers/${driver.id}`} className="underline">
                        {driver.name}
                      </Link>
                      {` · ${vehicleLabel({ vehicleType: driver.vehicleType, vehiclePlate: null })}`}
                    </span>
                  ) : (
                    'Not assigned yet'
                  ),
                ],
                [
                  'Deliver to',
                  `${order.delivery.line1}${order.delivery.line2 ? `, ${order.delivery.line2}` : ''}, ${order.delivery.city} ${order.delivery.postalCode}`,
                ],
              ]}
            />
          </Card>
          <Card title="Timeline">
            <OrderTimeline events={order.history} labels={ORDER_STATUS_LABELS} />
          </Card>
          {order.leftAtDoor ? <DeliveryPhoto orderId={order.id} /> : null}
        </div>
      </div>
    </div>
  );
}

/** Every journal entry by movement, and the identity the books must keep. */
function LedgerCard({ entries, currency }: { entries: LedgerEntry[]; currency: string }) {
  const money = (cents: number) => formatPrice(cents, currency);
  if (entries.length === 0) {
    return (
      <Card title="Ledger">
        <p className="text-sm text-stone-500">No money has moved for this order.</p>
      </Card>
    );
  }
  const balance = ledgerBalance(entries);
  const parts: Array<[string, number]> = [
    ['kitchen', balance.chefCents],
    ['driver', balance.driverCents],
    ['platform', balance.platformCents],
    ['refunded', balance.refundedCents],
  ];
  return (
    <Card title="Ledger" description="Signed amounts: money leaving the customer is negative.">
      <div className="space-y-5">
        <div data-testid="ledger-identity" data-balanced={balance.differenceCents === 0}>
          {balance.differenceCents === 0 ? (
            <Alert tone="success" title="The books balance">
              Charged {money(balance.chargedCents)} ={' '}
              {parts.map(([label, cents]) => `${money(cents)} ${label}`).join(' + ')}
            </Alert>
          ) : (
            <Alert tone="error" title="The books do not balance">
              Charged {money(balance.chargedCents)}, but the kitchen, driver, platform and refunds
              add up to {money(balance.chargedCents - balance.differenceCents)} (off by{' '}
              {money(balance.differenceCents)}).
            </Alert>
          )}
        </div>
        {groupLedger(entries).map((group) => (
          <section key={group.id} aria-label={group.title} data-testid="ledger-group">
            <h3 className="flex flex-wrap items-baseline justify-between gap-2 text-sm font-semibold text-stone-900">
              <span>{group.title}</span>
              <span className="text-xs font-normal text-stone-500">
                {formatDateTime(group.at)}
                {group.stripeObjectId ? ` · ${group.stripeObjectId}` : ''}
              </span>
            </h3>
            <ul className="mt-1 divide-y divide-stone-100 text-sm">
              {group.entries.map((e) => (
                <li key={e.id} className="flex justify-between gap-3 py-1.5">
                  <span className="text-stone-700">
                    {ACCOUNT_LABELS[e.account] ?? e.account}
                    {e.description && e.description !== group.title ? (
                      <span className="text-stone-500"> · {e.description}</span>
                    ) : null}
                  </span>
                  <span
                    className={cn(
                      'shrink-0 tabular-nums',
                      e.amountCents < 0 ? 'text-red-700' : 'text-stone-900',
                    )}
                  >
                    {money(e.amountCents)}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </Card>
  );
}
