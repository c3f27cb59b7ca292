import type { ReactNode } from 'react';
import { cn } from './cn.ts';

export interface EmptyStateProps {
  title: ReactNode;
  description?: ReactNode;
  icon?: ReactNode;
  action?: ReactNode;
  className?: string;
}

export function EmptyState({ title, description, icon, action, className }: EmptyStateProps) {
  return (
    <div
      className={cn(
        'flex flex-col items-center rounded-2xl border border-dashed border-stone-300 bg-white/60 px-6 py-12 text-center',
        className,
      )}
    >
      {icon ? (
        <div className="mb-4 grid size-12 place-items-center rounded-full bg-accent-soft text-2xl text-accent">
          {icon}
        </div>
      ) : null}
      <h3 className="text-base font-semibold text-stone-900">{title}</h3>
      {description ? <p className="mt-1.5 max-w-sm text-sm text-stone-500">{description}</p> : null}
      {action ? <div className="mt-5">{action}</div> : null}
    </div>
  );
}
