import { Badge, Card, EmptyState, PageHeader, ShieldCheckIcon, UsersIcon } from '@homechef/ui';
import { homechef } from '~/homechef.ts';

const queueColumns = ['Kitchen', 'Applied', 'Food-safety documents', 'Payouts', 'Decision'];

export default function VerificationQueuePage() {
  return (
    <div className="space-y-8">
      <PageHeader
        eyebrow="Operations"
        title="Chef verification"
        description="Review kitchen applications, food-safety documents and payout setup before a chef can sell on HomeChef."
      />

      <div className="grid gap-6 lg:grid-cols-3">
        <Card
          className="lg:col-span-2"
          title="Verification queue"
          description="Applications waiting for a decision, oldest first."
          action={<Badge tone="neutral">Coming soon</Badge>}
          flush
        >
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Chef applications waiting for review</caption>
              <thead className="border-y border-stone-200 bg-stone-50 text-xs font-semibold tracking-wide text-stone-500 uppercase">
                <tr>
                  {queueColumns.map((column) => (
                    <th key={column} scope="col" className="px-5 py-3 whitespace-nowrap sm:px-6">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <tr>
                  <td colSpan={queueColumns.length} className="p-5 sm:p-6">
                    <EmptyState
                      icon={<ShieldCheckIcon />}
                      title="No applications to review"
                      description="The review queue opens when chefs can apply. Approvals and rejections, with their reasons, will be made from here."
                    />
                  </td>
                </tr>
              </tbody>
            </table>
          </div>
        </Card>

        <div className="space-y-6">
          <Card title="Audit log" description="Every admin action, who took it and why.">
            <EmptyState
              icon={<UsersIcon />}
              title="Nothing recorded yet"
              description="Approvals, rejections and suspensions will be listed here."
            />
          </Card>
        </div>
      </div>

      <homechef.ServiceStatus />
    </div>
  );
}
