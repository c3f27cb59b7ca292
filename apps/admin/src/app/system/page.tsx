import { PageHeader } from '@homechef/ui';
import { homechef } from '~/homechef.ts';

export const metadata = { title: 'System' };

/** Operators' diagnostics: what the API reports about itself and the live socket. */
export default function SystemPage() {
  return (
    <div className="space-y-6">
      <PageHeader
        eyebrow="Operations"
        title="System"
        description="The API’s database and event bus, and this browser’s live connection."
      />
      <homechef.ServiceStatus />
    </div>
  );
}
