import { cn } from './cn.ts';
import { InfoIcon } from './icons.tsx';

/** Sentences that each say what holds something back, with an amber mark. */
export function NoticeList({
  items,
  className,
  ...props
}: { items: string[]; className?: string } & { 'data-testid'?: string }) {
  return (
    <ul className={cn('mt-2 space-y-1.5', className)} {...props}>
      {items.map((item) => (
        <li key={item} className="flex gap-2 text-sm text-stone-700">
          <InfoIcon aria-hidden="true" className="mt-0.5 shrink-0 text-amber-600" />
          {item}
        </li>
      ))}
    </ul>
  );
}
