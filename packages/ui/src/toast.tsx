'use client';

import {
  createContext,
  use,
  useCallback,
  useEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { cn, focusRing } from './cn.ts';
import { XIcon } from './icons.tsx';

export interface ToastOptions {
  message: ReactNode;
  tone?: 'neutral' | 'error' | 'success';
  /** One action, such as "Undo"; the toast closes when it runs. */
  action?: { label: string; onAction: () => void };
  /** How long the toast stays, in ms (longer when it has an action). */
  durationMs?: number;
}

interface ToastEntry extends ToastOptions {
  id: number;
}

const ToastContext = createContext<((toast: ToastOptions) => void) | null>(null);

/** Shows short messages at the bottom of the screen, announced politely. */
export function useToast(): (toast: ToastOptions) => void {
  const show = use(ToastContext);
  if (!show) throw new Error('useToast needs a <ToastProvider> above it');
  return show;
}

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ToastEntry[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback(
    (id: number) => setToasts((all) => all.filter((t) => t.id !== id)),
    [],
  );
  const show = useCallback((toast: ToastOptions) => {
    const id = nextId.current++;
    // At most three at a time: the oldest goes first.
    setToasts((all) => [...all.slice(-2), { ...toast, id }]);
  }, []);

  return (
    <ToastContext value={show}>
      {children}
      <div
        aria-live="polite"
        className="pointer-events-none fixed inset-x-0 bottom-0 z-50 flex flex-col items-center gap-2 p-4 sm:items-end sm:p-6"
      >
        {toasts.map((toast) => (
          <Toast key={toast.id} toast={toast} dismiss={dismiss} />
        ))}
      </div>
    </ToastContext>
  );
}

function Toast({ toast, dismiss }: { toast: ToastEntry; dismiss: (id: number) => void }) {
  const duration = toast.durationMs ?? (toast.action ? 8000 : 4000);
  const { id } = toast;
  useEffect(() => {
    const timer = setTimeout(() => dismiss(id), duration);
    return () => clearTimeout(timer);
  }, [duration, dismiss, id]);
  const onDismiss = () => dismiss(id);
  return (
    <div
      role={toast.tone === 'error' ? 'alert' : 'status'}
      className={cn(
        'pointer-events-auto flex w-full max-w-sm items-center gap-3 rounded-xl px-4 py-3 text-sm shadow-lg ring-1',
        toast.tone === 'error'
          ? 'bg-red-700 text-white ring-red-800'
          : 'bg-stone-900 text-white ring-stone-800',
      )}
    >
      <div className="min-w-0 flex-1">{toast.message}</div>
      {toast.action ? (
        <button
          type="button"
          onClick={() => {
            toast.action?.onAction();
            onDismiss();
          }}
          className={cn(
            'rounded-lg px-2.5 py-1 font-semibold text-amber-300 hover:bg-white/10',
            focusRing,
          )}
        >
          {toast.action.label}
        </button>
      ) : null}
      <button
        type="button"
        onClick={onDismiss}
        className={cn('grid size-7 place-items-center rounded-lg hover:bg-white/10', focusRing)}
      >
        <XIcon aria-hidden="true" />
        <span className="sr-only">Dismiss</span>
      </button>
    </div>
  );
}
