import { cn } from './cn.ts';

/** A grey placeholder block while content loads; size it with classes. */
export function Skeleton({ className }: { className?: string }) {
  return (
    <div aria-hidden="true" className={cn('animate-pulse rounded-lg bg-stone-200/70', className)} />
  );
}
