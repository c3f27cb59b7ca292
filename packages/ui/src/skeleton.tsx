import { cn } from './cn.ts';

/** A grey placeholder block while content loads; size it with classes. */
export function Skeleton({ className }: { className?: string }) {
  return (
    <div aria-hidden="true" className={cn('animate-pulse rounded-lg bg-stone-200/70', className)} />
  );
}

/**
 * Grey blocks, one under another, standing in for content while it loads; announced to screen
 * readers as busy with `label`. Each entry of `blocks` sizes one block.
 */
export function SkeletonStack({
  label,
  blocks,
  className = 'space-y-4',
}: {
  label: string;
  blocks: readonly string[];
  className?: string;
}) {
  return (
    <div aria-busy="true" aria-label={label} className={className}>
      {blocks.map((block, i) => (
        <Skeleton key={i} className={block} />
      ))}
    </div>
  );
}
