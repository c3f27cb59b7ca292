import { MapPinIcon } from '@homechef/ui';
import { LocationPicker } from './location-picker.tsx';

/** The location picker on its own, for a browse link without coordinates. */
export function LocationPanel({ title }: { title: string }) {
  return (
    <section className="mx-auto max-w-2xl space-y-6 rounded-3xl bg-white p-6 ring-1 ring-stone-200 sm:p-10">
      <div>
        <p className="flex items-center gap-1.5 text-sm font-semibold tracking-wide text-accent uppercase">
          <MapPinIcon aria-hidden="true" /> Delivery location
        </p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight text-stone-900">{title}</h1>
        <p className="mt-2 text-stone-600">We’ll show the home kitchens that deliver there.</p>
      </div>
      <LocationPicker />
    </section>
  );
}
