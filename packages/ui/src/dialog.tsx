'use client';

import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Button } from './button.tsx';
import { cn, focusRing } from './cn.ts';
import { XIcon } from './icons.tsx';

export interface DialogProps {
  open: boolean;
  /** Escape, the close button or a click on the backdrop. */
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  /** `sheet` slides in from the right (full screen on a phone), for longer forms. */
  variant?: 'center' | 'sheet';
  /** Buttons at the bottom, kept in view while the body scrolls. */
  footer?: ReactNode;
  children?: ReactNode;
  className?: string;
}

/**
 * A modal on the native `<dialog>`: focus is trapped and restored, Escape closes it, and the
 * rest of the page is inert. The body mounts only while open, so a form starts afresh.
 */
export function Dialog({
  open,
  onClose,
  title,
  description,
  variant = 'center',
  footer,
  children,
  className,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog element itself.
        if (event.target === event.currentTarget) onClose();
      }}
      className={cn(
        'bg-transparent p-0 text-stone-900 backdrop:bg-stone-900/40 backdrop:backdrop-blur-[1px]',
        variant === 'center'
          ? 'm-auto w-[calc(100%-2rem)] max-w-lg'
          : 'my-0 mr-0 ml-auto h-dvh max-h-dvh w-full max-w-xl',
        className,
      )}
    >
      {open ? (
        <div
          className={cn(
            'flex max-h-[inherit] flex-col bg-white shadow-xl',
            variant === 'center' ? 'max-h-[calc(100dvh-2rem)] rounded-2xl' : 'h-full',
          )}
        >
          <div className="flex items-start justify-between gap-4 border-b border-stone-100 px-5 py-4 sm:px-6">
            <div className="min-w-0">
              <h2 id={titleId} className="text-lg font-semibold text-stone-900">
                {title}
              </h2>
              {description ? (
                <p id={descriptionId} className="mt-1 text-sm text-stone-500">
                  {description}
                </p>
              ) : null}
            </div>
            <button
              type="button"
              onClick={onClose}
              className={cn(
                'grid size-9 shrink-0 place-items-center rounded-lg text-xl text-stone-500 hover:bg-stone-100',
                focusRing,
              )}
            >
              <XIcon aria-hidden="true" />
              <span className="sr-only">Close</span>
            </button>
          </div>
          <div className="min-h-0 flex-1 overflow-y-auto px-5 py-5 sm:px-6">{children}</div>
          {footer ? (
            <div className="flex flex-wrap justify-end gap-3 border-t border-stone-100 px-5 py-4 sm:px-6">
              {footer}
            </div>
          ) : null}
        </div>
      ) : null}
    </dialog>
  );
}

/**
 * A dialog about one thing, open while `subject` is set: its title, description and body are
 * drawn from that thing, so none of them has to do without it.
 */
export function DialogFor<T>({
  subject,
  title,
  description,
  children,
  ...props
}: Omit<DialogProps, 'open' | 'title' | 'description' | 'children'> & {
  subject: T | null;
  title: (subject: T) => ReactNode;
  description?: (subject: T) => ReactNode;
  children: (subject: T) => ReactNode;
}) {
  return (
    <Dialog
      {...props}
      open={subject !== null}
      title={subject === null ? null : title(subject)}
      description={subject === null ? undefined : description?.(subject)}
    >
      {subject === null ? null : children(subject)}
    </Dialog>
  );
}

/** Cancel and the submit button at the foot of a dialog's form. */
export function DialogActions({
  onCancel,
  pending,
  danger = false,
  className,
  children,
}: {
  onCancel: () => void;
  /** The submit button spins while the form's request is on its way. */
  pending: boolean;
  danger?: boolean;
  className?: string;
  /** The submit button's label. */
  children: ReactNode;
}) {
  return (
    <div className={cn('flex justify-end gap-3', className)}>
      <Button variant="ghost" onClick={onCancel}>
        Cancel
      </Button>
      <Button type="submit" variant={danger ? 'danger' : 'primary'} loading={pending}>
        {children}
      </Button>
    </div>
  );
}
