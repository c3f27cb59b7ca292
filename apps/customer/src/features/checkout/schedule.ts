/**
 * Delivery slots a customer may pick: later today and the next days, inside the kitchen's
 * opening hours and after its lead time. The server checks the slot again (`orders.quote`);
 * this only keeps the list to times it would accept.
 */
import { MAX_SCHEDULE_DAYS } from '@homechef/validators';
import {
  isOpenAtWallClock,
  localDate,
  wallClockMs,
  type HoursWindow,
} from '@homechef/validators/opening-hours';

export const SLOT_MINUTES = 15;
/** Time to finish paying before the first slot falls inside the lead time. */
const SLACK_MINUTES = 10;
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

export interface Slot {
  /** ISO instant, the value a form holds. */
  value: string;
  at: Date;
  /** The kitchen's calendar day (YYYY-MM-DD). */
  day: string;
}

export interface SlotDay {
  day: string;
  /** "Today", "Tomorrow", "Wed, Dec 9". */
  label: string;
  slots: Slot[];
}

export function deliverySlots(
  kitchen: { openingHours: readonly HoursWindow[]; timezone: string; leadTimeMinutes: number },
  now: Date,
): SlotDay[] {
  const step = SLOT_MINUTES * MINUTE_MS;
  const earliest = now.getTime() + (kitchen.leadTimeMinutes + SLACK_MINUTES) * MINUTE_MS;
  const last = now.getTime() + MAX_SCHEDULE_DAYS * DAY_MS - step;
  const today = localDate(now, kitchen.timezone);
  const tomorrow = localDate(new Date(now.getTime() + DAY_MS), kitchen.timezone);
  const dayLabel = new Intl.DateTimeFormat('en-US', {
    timeZone: kitchen.timezone,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
  });

  const days: SlotDay[] = [];
  for (let t = Math.ceil(earliest / step) * step; t <= last; t += step) {
    const wall = new Date(wallClockMs(new Date(t), kitchen.timezone));
    const minute = wall.getUTCHours() * 60 + wall.getUTCMinutes();
    if (!isOpenAtWallClock(kitchen.openingHours, wall.getUTCDay(), minute)) continue;
    const at = new Date(t);
    const day = wall.toISOString().slice(0, 10);
    let group = days.at(-1);
    if (group?.day !== day) {
      const label = day === today ? 'Today' : day === tomorrow ? 'Tomorrow' : dayLabel.format(at);
      group = { day, label, slots: [] };
      days.push(group);
    }
    group.slots.push({ value: at.toISOString(), at, day });
  }
  return days;
}

/** "6:45 PM" on the kitchen's clock. */
export function formatSlot(at: Date, timezone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone: timezone, timeStyle: 'short' }).format(at);
}
