import { byCursor } from '@homechef/app-kit';
import { AuditLog } from '~/features/audit/audit-log.tsx';
import { Prefetched, UNFILTERED } from '~/features/table/prefetched.tsx';
import { homechef } from '~/homechef.ts';

export const metadata = { title: 'Audit log' };

export default function Page() {
  return (
    <Prefetched query={homechef.trpc.admin.auditLog.infiniteQueryOptions(UNFILTERED, byCursor)}>
      <AuditLog />
    </Prefetched>
  );
}
