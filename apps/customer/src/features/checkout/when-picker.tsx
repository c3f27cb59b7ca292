'use client';

import { Field, Select } from '@homechef/ui';
import type { HoursWindow } from '@homechef/validators/opening-hours';
import { useMemo, useState, type ReactNode } from 'react';
import { choiceCardClasses } from '../choice-card.ts';
import { deliverySlots, formatSlot } from './schedule.ts';

export interface WhenKitchen {
  openingHours: readonly HoursWindow[];
  timezone: string;
  leadTimeMinutes: number;
  isOpenNow: boolean;
}

/** As soon as possible, or a slot later today or in the next days. */
export function WhenPicker({
  kitchen,
  value,
  onChange,
  problems,
}: {
  kitchen: WhenKitchen;
  /** Null: as soon as possible; else the slot (ISO). */
  value: string | null;
  onChange: (value: string | null) => void;
  /** The quote's problems about the time (closed then, too soon, too far ahead). */
  problems: ReactNode;
}) {
  const [now] = useState(() => new Date());
  const days = useMemo(() => deliverySlots(kitchen, now), [kitchen, now]);
  const first = days[0]?.slots[0]?.value ?? null;
  const selectedDay = days.find((d) => d.slots.some((s) => s.value === value)) ?? null;

  return (
    <div className="space-y-3">
      <fieldset className="grid gap-2 sm:grid-cols-2">
        <legend className="sr-only">When</legend>
        <label className={choiceCardClasses(value === null)}>
          <input
            type="radio"
            name="when"
            className="mt-0.5 size-4 shrink-0 accent-current"
            checked={value === null}
            onChange={() => onChange(null)}
          />
          <span>
            <span className="block font-medium text-stone-900">As soon as possible</span>
            <span className="block text-stone-600">
              {kitchen.isOpenNow
                ? `Ready in about ${kitchen.leadTimeMinutes} min`
                : 'The kitchen is closed now'}
            </span>
          </span>
        </label>
        <label className={choiceCardClasses(value !== null, first === null)}>
          <input
            type="radio"
            name="when"
            className="mt-0.5 size-4 shrink-0 accent-current"
            checked={value !== null}
            disabled={first === null}
            onChange={() => onChange(first)}
          />
          <span>
            <span className="block font-medium text-stone-900">Schedule for later</span>
            <span className="block text-stone-600">
              {first === null ? 'No times in the next days' : 'Later today or another day'}
            </span>
          </span>
        </label>
      </fieldset>
      {value !== null ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label="Day">
            <Select
              value={selectedDay?.day ?? ''}
              onChange={(e) => {
                const day = days.find((d) => d.day === e.target.value);
                if (day?.slots[0]) onChange(day.slots[0].value);
              }}
            >
              {selectedDay ? null : (
                <option value="" disabled>
                  Choose a day
                </option>
              )}
              {days.map((d) => (
                <option key={d.day} value={d.day}>
                  {d.label}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Time" hint={`The kitchen’s time (${kitchen.timezone.replace('_', ' ')})`}>
            <Select
              value={selectedDay ? value : ''}
              disabled={!selectedDay}
              onChange={(e) => onChange(e.target.value)}
            >
              {selectedDay ? null : (
                <option value="" disabled>
                  Choose a time
                </option>
              )}
              {selectedDay?.slots.map((s) => (
                <option key={s.value} value={s.value}>
                  {formatSlot(s.at, kitchen.timezone)}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      ) : null}
      {problems}
    </div>
  );
}
