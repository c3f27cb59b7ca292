'use client';

import { Button, DialogFor } from '@homechef/ui';
import { useState, type ReactNode } from 'react';

/**
 * A row of decision buttons, each opening its confirmation dialog; `form` renders the dialog's
 * body for the chosen decision and calls `close` when it is done or cancelled.
 */
export function DecisionBarOf<D extends string>({
  buttons,
  copy,
  form,
}: {
  buttons: Array<[D, 'primary' | 'secondary' | 'danger']>;
  copy: Record<D, { title: string; verb: string; help: string }>;
  form: (decision: D, close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState<D | null>(null);
  if (!buttons.length) return null;
  return (
    <div className="flex flex-wrap gap-2">
      {buttons.map(([decision, variant]) => (
        <Button key={decision} variant={variant} onClick={() => setOpen(decision)}>
          {copy[decision].verb}
        </Button>
      ))}
      <DialogFor
        subject={open}
        onClose={() => setOpen(null)}
        title={(decision) => copy[decision].title}
        description={(decision) => copy[decision].help}
      >
        {(decision) => form(decision, () => setOpen(null))}
      </DialogFor>
    </div>
  );
}
