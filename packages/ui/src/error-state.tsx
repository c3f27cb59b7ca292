import type { ReactNode } from 'react';
import { Button } from './button.tsx';
import { cn } from './cn.ts';
import { AlertIcon } from './icons.tsx';

export interface ErrorStateProps {
  title?: ReactNode;
  message?: ReactNode;
  /** Shows a "Try again" button. */
  onRetry?: () => void;
  retrying?: boolean;
  className?: string;
}

export function ErrorState({
  title = 'Something went wrong',
  message = 'Please try again in a moment.',
  onRetry,
  retrying = false,
  className,
}: ErrorStateProps) {
  return (
    <div
      role="alert"
      className={cn(
        'flex flex-col items-center rounded-2xl border border-red-200 bg-red-50/60 px-6 py-10 text-center',
        className,
      )}
    >
      <div className="mb-3 grid size-12 place-items-center rounded-full bg-red-100 text-2xl text-red-600">
        <AlertIcon />
      </div>
      <h2 className="text-base font-semibold text-stone-900">{title}</h2>
      <p className="mt-1.5 max-w-md text-sm text-stone-600">{message}</p>
      {onRetry ? (
        <Button className="mt-5" variant="secondary" onClick={onRetry} loading={retrying}>
          Try again
        </Button>
      ) : null}
    </div>
  );
}
