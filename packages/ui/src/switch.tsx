'use client';

import { useId, type ReactNode } from 'react';
import { cn, focusRing } from './cn.ts';

export interface SwitchProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Visible label; give `aria-label` instead where the context says it all. */
  label?: ReactNode;
  'aria-label'?: string;
  description?: ReactNode;
  disabled?: boolean;
  className?: string;
}

/** An on/off switch (`role="switch"`), for settings that apply at once. */
export function Switch({
  checked,
  onChange,
  label,
  description,
  disabled = false,
  className,
  ...aria
}: SwitchProps) {
  const id = useId();
  return (
    <div className={cn('flex items-start gap-3', className)}>
      <button
        type="button"
        role="switch"
        id={id}
        aria-checked={checked}
        aria-label={aria['aria-label']}
        aria-describedby={description ? `${id}-description` : undefined}
        disabled={disabled}
        onClick={() => onChange(!checked)}
        className={cn(
          'relative inline-flex h-6 w-11 shrink-0 cursor-pointer items-center rounded-full transition-colors disabled:cursor-not-allowed disabled:opacity-55',
          checked ? 'bg-accent' : 'bg-stone-300',
          focusRing,
        )}
      >
        <span
          aria-hidden="true"
          className={cn(
            'inline-block size-5 rounded-full bg-white shadow transition-transform',
            checked ? 'translate-x-5.5' : 'translate-x-0.5',
          )}
        />
      </button>
      {label || description ? (
        <div className="min-w-0 text-sm">
          {label ? (
            <label htmlFor={id} className="font-medium text-stone-900">
              {label}
            </label>
          ) : null}
          {description ? (
            <p id={`${id}-description`} className="text-stone-500">
              {description}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
