'use client';

import {
  Alert,
  Button,
  ChoiceChips,
  Field,
  Input,
  type InputProps,
  PlusIcon,
  Select,
  Textarea,
  TrashIcon,
  WEEKDAYS,
} from '@homechef/ui';
import { AddressLocation, AddressSearch } from '@homechef/app-kit/react';
import { SUGGESTED_CUISINES } from '@homechef/validators';
import type { ReactNode } from 'react';
import {
  COMMON_TIMEZONES,
  PERMIT_TYPES,
  type ApplicationForm,
  type FormErrors,
  type TimeWindow,
} from './form.ts';

interface StepProps {
  form: ApplicationForm;
  patch: (values: Partial<ApplicationForm>) => void;
  errors: FormErrors;
}

/** The form's fields that are typed as plain text. */
type TextKey = {
  [K in keyof ApplicationForm]: ApplicationForm[K] extends string ? K : never;
}[keyof ApplicationForm];

/**
 * One text field of the application, named, filled, saved to and checked by its key in the
 * form; `format` rewrites what is typed.
 */
function FormInput({
  of: { form, patch, errors },
  name,
  label,
  hint,
  required,
  format = (value) => value,
  ...input
}: {
  of: StepProps;
  name: TextKey;
  label: string;
  hint?: string;
  required?: boolean;
  format?: (value: string) => string;
} & Omit<InputProps, 'name' | 'value' | 'onChange'>) {
  return (
    <Field label={label} hint={hint} required={required} error={errors[name]}>
      <Input
        name={name}
        value={form[name]}
        onChange={(e) => {
          const values: Partial<ApplicationForm> = {};
          values[name] = format(e.target.value);
          patch(values);
        }}
        {...input}
      />
    </Field>
  );
}

function StepIntro({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="mb-6">
      <h2 className="text-xl font-semibold text-stone-900">{title}</h2>
      <p className="mt-1 text-sm text-stone-600">{children}</p>
    </div>
  );
}

export function ProfileStep(step: StepProps) {
  const { form, patch, errors } = step;
  const cuisines = [...new Set([...SUGGESTED_CUISINES, ...form.cuisines])];
  return (
    <div className="space-y-5">
      <StepIntro title="About your kitchen">
        This is what customers see first: your kitchen’s name, a few words about your cooking, and
        the cuisines you cook.
      </StepIntro>
      <FormInput
        of={step}
        name="businessName"
        label="Kitchen name"
        required
        autoComplete="organization"
      />
      <Field
        label="About your cooking"
        hint="A sentence or two: where your recipes come from, what you’re known for."
        error={errors.bio}
      >
        <Textarea
          name="bio"
          rows={4}
          value={form.bio}
          onChange={(e) => patch({ bio: e.target.value })}
        />
      </Field>
      <ChoiceChips
        legend="Cuisines"
        hint="Choose up to 8."
        options={cuisines}
        value={form.cuisines}
        onChange={(value) => patch({ cuisines: value })}
        error={errors.cuisines}
      />
      <FormInput
        of={step}
        name="phone"
        label="Phone"
        hint="For HomeChef support and drivers; never shown to customers."
        type="tel"
        autoComplete="tel"
      />
    </div>
  );
}

export function KitchenStep(step: StepProps) {
  const { form, patch, errors } = step;
  return (
    <div className="space-y-5">
      <StepIntro title="Your kitchen and delivery area">
        Your address is only shared with HomeChef and the drivers who collect orders; customers see
        your city and distance.
      </StepIntro>
      {errors.kitchen ? <Alert tone="error">{errors.kitchen}</Alert> : null}
      <AddressSearch
        value={form.line1}
        onType={(line1) => patch({ line1, lat: '', lng: '' })}
        onPick={patch}
        error={errors.line1}
      />
      <FormInput
        of={step}
        name="line2"
        label="Apartment, unit (optional)"
        autoComplete="address-line2"
      />
      <div className="grid gap-5 sm:grid-cols-3">
        <FormInput of={step} name="city" label="City" required autoComplete="address-level2" />
        <FormInput
          of={step}
          name="postalCode"
          label="Postal code"
          required
          autoComplete="postal-code"
        />
        <FormInput
          of={step}
          name="country"
          label="Country"
          hint="Two letters, e.g. US"
          required
          autoComplete="country"
          maxLength={2}
          format={(v) => v.toUpperCase()}
        />
      </div>

      <AddressLocation
        lat={form.lat}
        lng={form.lng}
        error={errors.lat ?? errors.lng}
        onFound={patch}
        description="Decides which customers you can deliver to."
      />

      <div className="grid gap-5 sm:grid-cols-3">
        <FormInput
          of={step}
          name="deliveryRadiusKm"
          label="Delivery radius (km)"
          hint="0.1 to 50 km"
          required
          inputMode="decimal"
        />
        <FormInput
          of={step}
          name="leadTimeMinutes"
          label="Lead time (minutes)"
          hint="From order to ready for pickup"
          required
          inputMode="numeric"
        />
        <Field label="Time zone" required error={errors.timezone}>
          <Select
            name="timezone"
            value={form.timezone}
            onChange={(e) => patch({ timezone: e.target.value })}
          >
            {[...new Set([form.timezone, ...COMMON_TIMEZONES])].map((zone) => (
              <option key={zone} value={zone}>
                {zone.replace(/_/g, ' ')}
              </option>
            ))}
          </Select>
        </Field>
      </div>
    </div>
  );
}

/** When one opening window of a day opens or closes. */
function WindowTime({
  day,
  edge,
  value,
  onChange,
}: {
  day: string;
  edge: 'Opens' | 'Closes';
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <label className="text-sm">
      <span className="block text-stone-600">{edge}</span>
      <Input
        type="time"
        className="w-32"
        aria-label={`${day} ${edge.toLowerCase()}`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}

/** Monday first, as a week reads. */
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

export function HoursStep({ form, patch, errors }: StepProps) {
  function setDay(weekday: number, windows: TimeWindow[]) {
    patch({ hours: form.hours.map((w, i) => (i === weekday ? windows : w)) });
  }
  function copyToAll(weekday: number) {
    const windows = form.hours[weekday] ?? [];
    patch({ hours: form.hours.map(() => windows.map((w) => ({ ...w }))) });
  }
  return (
    <div className="space-y-5">
      <StepIntro title="Opening hours">
        When customers can order, in your kitchen’s time zone ({form.timezone.replace(/_/g, ' ')}
        ). A closing time earlier than the opening time runs past midnight.
      </StepIntro>
      {errors.openingHours ? <Alert tone="error">{errors.openingHours}</Alert> : null}
      <ul className="divide-y divide-stone-100">
        {WEEK_ORDER.map((weekday) => {
          const windows = form.hours[weekday] ?? [];
          const name = WEEKDAYS[weekday];
          const closed = windows.length === 0;
          const setWindow = (index: number, change: Partial<TimeWindow>) =>
            setDay(
              weekday,
              windows.map((w, i) => (i === index ? { ...w, ...change } : w)),
            );
          return (
            <li
              key={weekday}
              data-testid={`hours-${name}`}
              className="grid gap-3 py-4 sm:grid-cols-[9rem_1fr]"
            >
              <div className="flex items-center justify-between gap-3 sm:block">
                <p className="font-medium text-stone-900">{name}</p>
                <label className="mt-1 inline-flex items-center gap-2 text-sm text-stone-600">
                  <input
                    type="checkbox"
                    className="size-4 accent-(--hc-accent)"
                    checked={closed}
                    onChange={(e) =>
                      setDay(
                        weekday,
                        e.target.checked ? [] : [{ opensAt: '11:00', closesAt: '20:00' }],
                      )
                    }
                  />
                  Closed
                </label>
              </div>
              <div className="space-y-2">
                {windows.map((window, index) => (
                  <div key={index} className="flex flex-wrap items-end gap-2">
                    <WindowTime
                      day={name}
                      edge="Opens"
                      value={window.opensAt}
                      onChange={(opensAt) => setWindow(index, { opensAt })}
                    />
                    <WindowTime
                      day={name}
                      edge="Closes"
                      value={window.closesAt}
                      onChange={(closesAt) => setWindow(index, { closesAt })}
                    />
                    {window.closesAt && window.opensAt && window.closesAt < window.opensAt ? (
                      <span className="pb-3 text-xs font-medium text-amber-700">
                        closes the next day
                      </span>
                    ) : null}
                    <Button
                      variant="ghost"
                      size="sm"
                      className="mb-1.5"
                      icon={<TrashIcon aria-hidden="true" />}
                      onClick={() =>
                        setDay(
                          weekday,
                          windows.filter((_, i) => i !== index),
                        )
                      }
                    >
                      <span className="sr-only">
                        Remove {name} window {index + 1}
                      </span>
                    </Button>
                  </div>
                ))}
                <div className="flex flex-wrap gap-2">
                  {!closed && windows.length < 4 ? (
                    <Button
                      variant="ghost"
                      size="sm"
                      icon={<PlusIcon aria-hidden="true" />}
                      onClick={() =>
                        setDay(weekday, [...windows, { opensAt: '17:00', closesAt: '21:00' }])
                      }
                    >
                      Add a window
                    </Button>
                  ) : null}
                  {!closed ? (
                    <Button variant="ghost" size="sm" onClick={() => copyToAll(weekday)}>
                      Copy to every day
                    </Button>
                  ) : null}
                </div>
                {errors[`hours.${weekday}`] ? (
                  <p className="text-sm font-medium text-red-700">{errors[`hours.${weekday}`]}</p>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export function ComplianceStep(step: StepProps) {
  const { form, patch, errors } = step;
  const permitTypes = [
    ...new Set([...PERMIT_TYPES, ...(form.permitType ? [form.permitType] : [])]),
  ];
  return (
    <div className="space-y-5">
      <StepIntro title="Permit and meal caps">
        Home kitchens need a permit from the county (in California, a MEHKO permit). Permits cap how
        many meals you may sell; HomeChef stops taking orders at your caps.
      </StepIntro>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field label="Permit type" required error={errors.permitType}>
          <Select
            name="permitType"
            value={form.permitType}
            onChange={(e) => patch({ permitType: e.target.value })}
          >
            <option value="">Choose…</option>
            {permitTypes.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </Select>
        </Field>
        <FormInput of={step} name="permitNumber" label="Permit number" required />
        <FormInput
          of={step}
          name="permitExpiresOn"
          label="Permit expires on"
          hint="Customers can’t see your kitchen once it has expired."
          required
          type="date"
        />
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <FormInput
          of={step}
          name="maxMealsPerDay"
          label="Meals per day (cap)"
          hint="Leave empty for no cap"
          inputMode="numeric"
        />
        <FormInput
          of={step}
          name="maxMealsPerWeek"
          label="Meals per week (cap)"
          hint="Leave empty for no cap"
          inputMode="numeric"
        />
      </div>
    </div>
  );
}
