import type { HTMLAttributes, ReactNode } from 'react';
import { cn } from './cn.ts';

export interface CardProps extends Omit<HTMLAttributes<HTMLElement>, 'title'> {
  title?: ReactNode;
  description?: ReactNode;
  /** Top-right of the card header (a badge, a link). */
  action?: ReactNode;
  /** Removes the body padding, for tables and lists that run edge to edge. */
  flush?: boolean;
}

export function Card({
  title,
  description,
  action,
  flush = false,
  className,
  children,
  ...props
}: CardProps) {
  const hasHeader = title !== undefined || description !== undefined || action !== undefined;
  return (
    <section
      className={cn(
        'rounded-2xl border border-stone-200 bg-white shadow-sm shadow-stone-900/5',
        className,
      )}
      {...props}
    >
      {hasHeader ? (
        <div className="flex items-start justify-between gap-4 px-5 pt-5 sm:px-6">
          <div className="min-w-0">
            {title !== undefined ? (
              <h2 className="text-base font-semibold text-stone-900">{title}</h2>
            ) : null}
            {description !== undefined ? (
              <p className="mt-1 text-sm text-stone-500">{description}</p>
            ) : null}
          </div>
          {action !== undefined ? <div className="shrink-0">{action}</div> : null}
        </div>
      ) : null}
      {children !== undefined ? (
        <div className={cn(!flush && 'px-5 py-5 sm:px-6', flush && hasHeader && 'mt-4')}>
          {children}
        </div>
      ) : null}
    </section>
  );
}
