'use client';

import { Button, FilterIcon } from '@homechef/ui';
import { useId, useState, type ReactNode } from 'react';

/**
 * The filters under a "Filters" button on a phone, where open they would push the first
 * kitchen off the screen; always open from the `sm` breakpoint up.
 */
export function FilterDisclosure({ active, children }: { active: number; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <Button
        variant="secondary"
        size="sm"
        className="sm:hidden"
        aria-expanded={open}
        aria-controls={id}
        icon={<FilterIcon aria-hidden="true" />}
        onClick={() => setOpen((value) => !value)}
      >
        {open ? 'Hide filters' : 'Filters'}
        {active > 0 ? ` (${active})` : null}
      </Button>
      <div id={id} className={open ? 'space-y-4' : 'hidden space-y-4 sm:block'}>
        {children}
      </div>
    </>
  );
}
