/**
 * Opening hours are wall-clock windows in the chef's IANA time zone. Whether a kitchen is
 * open is decided on the wall clock (the same rule as the SQL in discovery.ts, so the
 * `openNow` filter and the `isOpenNow` flag always agree); the times shown to customers
 * (closes at, next opening) are converted to instants, so they are right across DST.
 */

export interface HoursWindow {
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  /** `HH:MM` or `HH:MM:SS`; a closing time before the opening time runs past midnight. */
  opensAt: string;
  closesAt: string;
}

export interface OpeningState {
  isOpenNow: boolean;
  closesAt: Date | null;
  nextOpenAt: Date | null;
}

const DAY_MINUTES = 1440;
const WEEK_MINUTES = 7 * DAY_MINUTES;
const MINUTE_MS = 60_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall clock in `timeZone` at `instant`, as milliseconds of a UTC date with those fields. */
export function wallClockMs(instant: Date, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return (
    Date.UTC(
      parts.year ?? 1970,
      (parts.month ?? 1) - 1,
      parts.day ?? 1,
      parts.hour ?? 0,
      parts.minute ?? 0,
      parts.second ?? 0,
    ) +
    (((instant.getTime() % 1000) + 1000) % 1000)
  );
}

function offsetMs(instantMs: number, timeZone: string): number {
  return wallClockMs(new Date(instantMs), timeZone) - instantMs;
}

/**
 * The instant at which the wall clock in `timeZone` shows `wallMs` (fields read as UTC).
 * Like Temporal's "compatible": a time skipped by DST moves forward by the gap, a time that
 * happens twice resolves to the first occurrence.
 */
export function instantOfWallClock(wallMs: number, timeZone: string): Date {
  const before = offsetMs(wallMs - 86_400_000, timeZone);
  const after = offsetMs(wallMs + 86_400_000, timeZone);
  if (before === after) return new Date(wallMs - before);
  const candidates = [wallMs - before, wallMs - after].filter(
    (t) => wallClockMs(new Date(t), timeZone) === wallMs,
  );
  if (candidates.length) return new Date(Math.min(...candidates));
  // In a gap: the offset from before the transition lands after it.
  return new Date(wallMs - before);
}

/** The calendar date (YYYY-MM-DD) in `timeZone` at `instant`. */
export function localDate(instant: Date, timeZone: string): string {
  return new Date(wallClockMs(instant, timeZone)).toISOString().slice(0, 10);
}

function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** Weekly spans in minutes since Sunday 00:00 (wall clock), merged when they touch. */
function weeklySpans(windows: readonly HoursWindow[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const w of windows) {
    const opens = minutesOf(w.opensAt);
    let length = minutesOf(w.closesAt) - opens;
    if (length <= 0) length += DAY_MINUTES;
    const start = w.weekday * DAY_MINUTES + opens;
    // Copies a week before and after, so windows that wrap round Saturday night are found.
    for (const shift of [-WEEK_MINUTES, 0, WEEK_MINUTES]) {
      spans.push([start + shift, start + length + shift]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  return merged;
}

/** Open at this wall-clock moment? (weekday 0–6, minute of day with fraction). */
export function isOpenAtWallClock(
  windows: readonly HoursWindow[],
  weekday: number,
  minuteOfDay: number,
): boolean {
  const previous = (weekday + 6) % 7;
  return windows.some((w) => {
    const opens = minutesOf(w.opensAt);
    const closes = minutesOf(w.closesAt);
    if (opens < closes)
      return w.weekday === weekday && minuteOfDay >= opens && minuteOfDay < closes;
    // Past midnight: the evening part on its own day, the small hours on the next.
    return (
      (w.weekday === weekday && minuteOfDay >= opens) ||
      (w.weekday === previous && minuteOfDay < closes)
    );
  });
}

/** Is the kitchen open at `now`, until when, and when does it next open. */
export function openingState(
  windows: readonly HoursWindow[],
  timeZone: string,
  now: Date,
): OpeningState {
  if (!windows.length) return { isOpenNow: false, closesAt: null, nextOpenAt: null };
  const wall = wallClockMs(now, timeZone);
  const wallDate = new Date(wall);
  const weekday = wallDate.getUTCDay();
  const midnight = wall - (wall % 86_400_000);
  const minuteOfDay = (wall - midnight) / MINUTE_MS;
  const minuteOfWeek = weekday * DAY_MINUTES + minuteOfDay;
  const weekStart = midnight - weekday * 86_400_000;
  const at = (minute: number) => instantOfWallClock(weekStart + minute * MINUTE_MS, timeZone);

  const spans = weeklySpans(windows);
  if (isOpenAtWallClock(windows, weekday, minuteOfDay)) {
    const current = spans.find(([s, e]) => s <= minuteOfWeek && minuteOfWeek < e);
    return { isOpenNow: true, closesAt: current ? at(current[1]) : null, nextOpenAt: null };
  }
  const next = spans.find(([s]) => s > minuteOfWeek);
  return { isOpenNow: false, closesAt: null, nextOpenAt: next ? at(next[0]) : null };
}
