/** How a shift reads on the earnings page: when, how long, and how it ended. */

/** "3 h 05 min", "45 min", "under a minute": the time between two moments. */
export function formatDuration(from: Date, to: Date): string {
  const minutes = Math.floor(Math.max(0, to.getTime() - from.getTime()) / 60_000);
  if (minutes < 1) return 'under a minute';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return `${hours} h ${String(rest).padStart(2, '0')} min`;
}

const time = (date: Date) =>
  date.toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' });
const day = (date: Date) =>
  date.toLocaleDateString('en-US', { weekday: 'short', month: 'short', day: 'numeric' });

/** "Fri, Dec 4, 6:00 PM – 9:05 PM"; the end's day too when it ended on another; "– now" while on. */
export function shiftSpan(startedAt: Date, endedAt: Date | null): string {
  const start = `${day(startedAt)}, ${time(startedAt)}`;
  if (!endedAt) return `${start} – now`;
  const sameDay = day(startedAt) === day(endedAt);
  return `${start} – ${sameDay ? '' : `${day(endedAt)}, `}${time(endedAt)}`;
}

const ENDED: Record<string, string> = {
  went_offline: 'You went offline',
  no_pings: 'Ended: no location for a while',
};

/** Why the shift ended, in words; null while it goes on. */
export function shiftEnding(endedReason: string | null): string | null {
  return endedReason ? (ENDED[endedReason] ?? 'Ended') : null;
}
