import type { ReactNode } from 'react';
import { cn } from './cn.ts';
import { AlertIcon, InfoIcon } from './icons.tsx';

export type AlertTone = 'error' | 'info' | 'success';

const tones: Record<AlertTone, string> = {
  error: 'border-red-200 bg-red-50 text-red-900',
  info: 'border-sky-200 bg-sky-50 text-sky-900',
  success: 'border-emerald-200 bg-emerald-50 text-emerald-900',
};

const iconTones: Record<AlertTone, string> = {
  error: 'text-red-600',
  info: 'text-sky-600',
  success: 'text-emerald-600',
};

export interface AlertProps {
  tone?: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
}

/** A message about the whole form or page; errors are announced at once. */
export function Alert({ tone = 'info', title, children, className }: AlertProps) {
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      className={cn('flex gap-3 rounded-xl border px-4 py-3 text-sm', tones[tone], className)}
    >
      <span aria-hidden="true" className={cn('mt-0.5 shrink-0 text-base', iconTones[tone])}>
        {tone === 'error' ? <AlertIcon /> : <InfoIcon />}
      </span>
      <div className="min-w-0 space-y-1">
        {title ? <p className="font-semibold">{title}</p> : null}
        {children ? <div className="[&_a]:font-semibold [&_a]:underline">{children}</div> : null}
      </div>
    </div>
  );
}
