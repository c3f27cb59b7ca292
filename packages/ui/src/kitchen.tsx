import type { ReactNode } from 'react';
import { Badge, type BadgeTone } from './badge.tsx';
import { tagLabel } from './choice-chips.tsx';
import { cn } from './cn.ts';
import { ClockIcon, StarIcon } from './icons.tsx';

/** Whole cents as money, e.g. 1250 → "$12.50". */
export function formatPrice(cents: number, currency = 'USD'): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(cents / 100);
}

/** Metres as people near the demo city read them: miles, or feet when very close. */
export function formatDistance(metres: number): string {
  const miles = metres / 1609.344;
  if (miles < 0.1) return `${Math.max(50, Math.round((metres * 3.28084) / 50) * 50)} ft`;
  return `${miles < 10 ? miles.toFixed(1) : Math.round(miles)} mi`;
}

export type VerificationStatus = 'draft' | 'submitted' | 'approved' | 'rejected' | 'suspended';

const STATUS: Record<VerificationStatus, { label: string; tone: BadgeTone }> = {
  draft: { label: 'Draft', tone: 'neutral' },
  submitted: { label: 'In review', tone: 'info' },
  approved: { label: 'Approved', tone: 'success' },
  rejected: { label: 'Changes needed', tone: 'danger' },
  suspended: { label: 'Suspended', tone: 'warning' },
};

export function VerificationBadge({
  status,
  className,
}: {
  status: VerificationStatus;
  className?: string;
}) {
  const { label, tone } = STATUS[status];
  return (
    <Badge tone={tone} className={className} data-status={status}>
      {label}
    </Badge>
  );
}

export interface OpeningStateProps {
  isOpenNow: boolean;
  closesAt: Date | null;
  nextOpenAt: Date | null;
  /** The kitchen's time zone: times are its wall clock. */
  timezone: string;
  className?: string;
}

/** "Open · until 9:00 PM" or "Closed · opens Tue 11:00 AM", in the kitchen's time zone. */
export function OpeningStateLabel({
  isOpenNow,
  closesAt,
  nextOpenAt,
  timezone,
  className,
}: OpeningStateProps) {
  const time = (d: Date) =>
    new Intl.DateTimeFormat('en-US', { timeZone: timezone, timeStyle: 'short' }).format(d);
  const dayTime = (d: Date) =>
    new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      weekday: 'short',
      hour: 'numeric',
      minute: '2-digit',
    }).format(d);
  return (
    <span
      data-open={isOpenNow}
      className={cn('inline-flex items-center gap-1.5 text-sm', className)}
    >
      <ClockIcon aria-hidden="true" className={isOpenNow ? 'text-emerald-600' : 'text-stone-500'} />
      {isOpenNow ? (
        <span>
          <span className="font-medium text-emerald-700">Open now</span>
          {closesAt ? <span className="text-stone-500"> · until {time(closesAt)}</span> : null}
        </span>
      ) : (
        <span>
          <span className="font-medium text-stone-700">Closed</span>
          <span className="text-stone-500">
            {nextOpenAt ? ` · opens ${dayTime(nextOpenAt)}` : ' · no opening hours'}
          </span>
        </span>
      )}
    </span>
  );
}

export const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

export interface HoursWindow {
  weekday: number;
  opensAt: string;
  closesAt: string;
}

/** `HH:MM` as "9:30 AM". */
export function formatClock(hhmm: string): string {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  const suffix = h < 12 ? 'AM' : 'PM';
  return `${h % 12 || 12}:${String(m).padStart(2, '0')} ${suffix}`;
}

/** The week, Monday first, with windows that run past midnight marked. */
export function OpeningHoursList({
  hours,
  timezone,
}: {
  hours: readonly HoursWindow[];
  timezone?: string;
}) {
  const order = [1, 2, 3, 4, 5, 6, 0];
  return (
    <div>
      <dl className="divide-y divide-stone-100 text-sm">
        {order.map((day) => {
          const windows = hours.filter((w) => w.weekday === day);
          return (
            <div key={day} className="flex justify-between gap-4 py-2">
              <dt className="font-medium text-stone-700">{WEEKDAYS[day]}</dt>
              <dd className="text-right text-stone-600">
                {windows.length === 0 ? (
                  <span className="text-stone-500">Closed</span>
                ) : (
                  windows.map((w) => (
                    <span key={w.opensAt} className="block">
                      {formatClock(w.opensAt)} – {formatClock(w.closesAt)}
                      {w.closesAt < w.opensAt ? (
                        <span className="text-stone-500"> (next day)</span>
                      ) : null}
                    </span>
                  ))
                )}
              </dd>
            </div>
          );
        })}
      </dl>
      {timezone ? (
        <p className="mt-2 text-xs text-stone-500">Times in {timezone.replace(/_/g, ' ')}.</p>
      ) : null}
    </div>
  );
}

/** Dietary tags as green badges. */
export function DietaryBadges({
  tags,
  className,
}: {
  tags: readonly string[];
  className?: string;
}) {
  if (!tags.length) return null;
  return (
    <ul aria-label="Dietary" className={cn('flex flex-wrap gap-1.5', className)}>
      {tags.map((tag) => (
        <li key={tag}>
          <Badge tone="success">{tagLabel(tag)}</Badge>
        </li>
      ))}
    </ul>
  );
}

/** Declared allergens, in words (never colour alone). */
export function AllergenList({
  allergens,
  className,
}: {
  allergens: readonly string[];
  className?: string;
}) {
  if (!allergens.length) return null;
  return (
    <p className={cn('text-xs text-amber-800', className)}>
      <span className="font-semibold">Contains: </span>
      {allergens.map(tagLabel).join(', ')}
    </p>
  );
}

export function Rating({ average, count }: { average: number; count: number }) {
  if (count === 0) return <span className="text-sm text-stone-500">New</span>;
  return (
    <span className="inline-flex items-center gap-1 text-sm text-stone-700">
      <StarIcon aria-hidden="true" className="fill-amber-400 text-amber-500" />
      <span className="font-medium">{average.toFixed(1)}</span>
      <span className="text-stone-500">({count})</span>
      <span className="sr-only">average rating from {count} reviews</span>
    </span>
  );
}

/** A label and its value, in a definition list laid out as a grid. */
export function DetailList({
  rows,
  className,
}: {
  rows: ReadonlyArray<readonly [string, ReactNode]>;
  className?: string;
}) {
  return (
    <dl className={cn('divide-y divide-stone-100', className)}>
      {rows.map(([label, value]) => (
        <div key={label} className="grid gap-1 py-2.5 first:pt-0 last:pb-0 sm:grid-cols-3 sm:gap-4">
          <dt className="text-sm font-medium text-stone-500">{label}</dt>
          <dd className="text-sm break-words text-stone-900 sm:col-span-2">
            {value ?? <span className="text-stone-500">—</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
