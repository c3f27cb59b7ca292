import type { RouterOutputs } from '@homechef/app-kit';
import { Card } from '@homechef/ui';

type HistoryEntry = RouterOutputs['admin']['chefById']['history'][number];

const when = (d: Date) =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(d);

/** The admin actions on one kitchen or driver and its account, newest first. */
export function HistoryCard({ entries, about }: { entries: HistoryEntry[]; about: string }) {
  return (
    <Card title="History" description={`Admin actions on ${about}, newest first.`}>
      {entries.length === 0 ? (
        <p className="text-sm text-stone-500">No admin actions yet.</p>
      ) : (
        <ol className="space-y-4" data-testid="history">
          {entries.map((entry) => (
            <li key={entry.id} className="border-l-2 border-accent/30 pl-4">
              <p className="text-sm font-medium text-stone-900">
                {entry.actionLabel}{' '}
                <span className="font-normal text-stone-500">by {entry.admin.name}</span>
              </p>
              <p className="text-xs text-stone-500">{when(entry.createdAt)}</p>
              {entry.reason ? (
                <p className="mt-1 text-sm text-stone-700">“{entry.reason}”</p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
