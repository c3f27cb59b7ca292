import { Card, Skeleton } from '@homechef/ui';
import { Suspense } from 'react';
import { ApiStatus } from './api-status.tsx';
import { Heartbeat } from './heartbeat.tsx';

/** Server data and the live connection, side by side. */
export function ServiceStatus() {
  return (
    <Card title="Service status" description="What this app can reach right now.">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <Suspense fallback={<Skeleton className="h-5 w-64" />}>
          <ApiStatus />
        </Suspense>
        <Heartbeat />
      </div>
    </Card>
  );
}
