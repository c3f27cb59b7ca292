'use client';

import { useHydrated } from '../use-hydrated.ts';

const FORMATS = {
  dateTime: {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  },
  date: { month: 'short', day: 'numeric', year: 'numeric' },
  time: { hour: 'numeric', minute: '2-digit' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * A time on the customer's own clock. The server does not know their time zone, so the text
 * appears once the page runs in the browser (never a server time that then changes).
 */
export function LocalTime({ date, format }: { date: Date; format: keyof typeof FORMATS }) {
  const hydrated = useHydrated();
  return (
    <time dateTime={date.toISOString()}>
      {hydrated ? new Intl.DateTimeFormat('en-US', FORMATS[format]).format(date) : null}
    </time>
  );
}
