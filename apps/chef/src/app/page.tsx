import { Badge, Card, EmptyState, MenuBookIcon, PageHeader, ReceiptIcon } from '@homechef/ui';
import { homechef } from '~/homechef.ts';

const verificationSteps = [
  { title: 'Tell us about your kitchen', detail: 'Business name, address and cuisine.' },
  { title: 'Upload food-safety documents', detail: 'Hygiene certificate and registration.' },
  { title: 'Set up payouts', detail: 'Connect a Stripe account to get paid.' },
  { title: 'Review by HomeChef', detail: 'Our team checks your application and documents.' },
];

export default function KitchenDashboard() {
  return (
    <div className="space-y-8">
      <PageHeader
        eyebrow="Dashboard"
        title="Your kitchen"
        description="Orders, menu and payouts for your home kitchen, all in one place."
      />

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card
            title="Incoming orders"
            description="New orders arrive here live, ready to accept or decline."
            action={<Badge tone="neutral">Coming soon</Badge>}
          >
            <EmptyState
              icon={<ReceiptIcon />}
              title="No orders yet"
              description="Once your kitchen is verified and your menu is live, customer orders will show up here the moment they’re placed."
            />
          </Card>

          <Card
            title="Your menu"
            description="Dishes, prices, portions and allergens."
            action={<Badge tone="neutral">Coming soon</Badge>}
          >
            <EmptyState
              icon={<MenuBookIcon />}
              title="Menu editor coming soon"
              description="Add dishes with photos and prices, and switch them on or off as you cook."
            />
          </Card>
        </div>

        <Card
          className="lg:self-start"
          title="Getting verified"
          description="Four steps before you can start selling."
        >
          <ol className="space-y-4">
            {verificationSteps.map((step, index) => (
              <li key={step.title} className="flex gap-3">
                <span
                  aria-hidden="true"
                  className="grid size-7 shrink-0 place-items-center rounded-full bg-accent-soft text-sm font-semibold text-accent-ink"
                >
                  {index + 1}
                </span>
                <div>
                  <p className="text-sm font-medium text-stone-900">{step.title}</p>
                  <p className="text-sm text-stone-500">{step.detail}</p>
                </div>
              </li>
            ))}
          </ol>
          <p className="mt-5 rounded-xl bg-stone-50 px-3 py-2.5 text-sm text-stone-600">
            Applications open soon. We’ll guide you through each step here.
          </p>
        </Card>
      </div>

      <homechef.ServiceStatus />
    </div>
  );
}
