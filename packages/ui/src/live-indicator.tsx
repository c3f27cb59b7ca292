import type { HTMLAttributes, ReactNode } from 'react';
import { cn } from './cn.ts';

export type LiveIndicatorState = 'live' | 'connecting' | 'offline';

const dot: Record<LiveIndicatorState, string> = {
  live: 'bg-emerald-500',
  connecting: 'bg-amber-400',
  offline: 'bg-stone-400',
};

const defaultLabels: Record<LiveIndicatorState, string> = {
  live: 'Live',
  connecting: 'Connecting…',
  offline: 'Offline',
};

export interface LiveIndicatorProps extends HTMLAttributes<HTMLSpanElement> {
  state: LiveIndicatorState;
  label?: ReactNode;
}

/** A status dot and label; `data-state` carries the state for styling and tests. */
export function LiveIndicator({ state, label, className, ...props }: LiveIndicatorProps) {
  return (
    <span
      role="status"
      aria-live="polite"
      data-state={state}
      className={cn('inline-flex items-center gap-2 text-sm text-stone-700', className)}
      {...props}
    >
      <span aria-hidden="true" className="relative flex size-2.5">
        {state === 'live' ? (
          <span className="absolute inline-flex size-full animate-ping rounded-full bg-emerald-400 opacity-60" />
        ) : null}
        <span
          className={cn(
            'relative inline-flex size-2.5 rounded-full',
            dot[state],
            state === 'connecting' && 'animate-pulse',
          )}
        />
      </span>
      <span>{label ?? defaultLabels[state]}</span>
    </span>
  );
}
