import { Skeleton } from '@homechef/ui';

export default function Loading() {
  return (
    <div aria-busy="true" aria-label="Loading" className="mx-auto max-w-xl space-y-6">
      <Skeleton className="h-96 rounded-3xl" />
      <div className="grid gap-4 sm:grid-cols-2">
        <Skeleton className="h-48 rounded-2xl" />
        <Skeleton className="h-48 rounded-2xl" />
      </div>
    </div>
  );
}
