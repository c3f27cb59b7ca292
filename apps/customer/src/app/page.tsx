import { Badge, ChefHatIcon, ClockIcon, ShieldCheckIcon } from '@homechef/ui';
import type { ReactNode } from 'react';
import { LocationPicker } from '~/features/discovery/location-picker.tsx';

export default function HomePage() {
  return (
    <div className="space-y-12">
      <section className="relative overflow-hidden rounded-3xl bg-gradient-to-br from-brand-50 via-white to-amber-50 px-6 py-12 ring-1 ring-brand-100 sm:px-12 sm:py-16">
        <div className="max-w-2xl">
          <Badge tone="accent">Now cooking in your neighbourhood</Badge>
          <h1 className="mt-4 text-4xl font-bold tracking-tight text-balance text-stone-900 sm:text-5xl">
            Home-cooked meals from kitchens near you
          </h1>
          <p className="mt-4 text-lg text-pretty text-stone-600">
            Real food from verified home chefs, cooked to order and delivered warm to your door.
          </p>
        </div>

        <div className="mt-8 max-w-2xl">
          <h2 className="mb-3 text-base font-semibold text-stone-900">Where should we deliver?</h2>
          <LocationPicker />
        </div>

        <div
          aria-hidden="true"
          className="pointer-events-none absolute top-1/2 right-16 hidden -translate-y-1/2 xl:block"
        >
          <div className="relative grid size-72 place-items-center rounded-full bg-brand-100/70">
            <div className="grid size-44 place-items-center rounded-full bg-white text-8xl text-accent shadow-xl shadow-brand-900/10">
              <ChefHatIcon strokeWidth={1.4} />
            </div>
            <span className="absolute top-6 -left-10 rounded-full bg-white px-3 py-1.5 text-sm font-medium text-stone-700 shadow-md">
              Cooked to order
            </span>
            <span className="absolute right-[-1.5rem] bottom-10 rounded-full bg-white px-3 py-1.5 text-sm font-medium text-stone-700 shadow-md">
              Tracked live
            </span>
          </div>
        </div>
      </section>

      <section aria-labelledby="how-it-works">
        <h2 id="how-it-works" className="text-xl font-semibold tracking-tight">
          How HomeChef works
        </h2>
        <ul className="mt-5 grid gap-4 sm:grid-cols-3">
          <Step icon={<ChefHatIcon />} title="Verified home kitchens">
            Every chef is checked by our team, food-safety documents included, before they can cook
            for you.
          </Step>
          <Step icon={<ClockIcon />} title="Cooked when you order">
            Your meal is made fresh for you, not reheated from a warehouse.
          </Step>
          <Step icon={<ShieldCheckIcon />} title="Tracked to your door">
            Follow your order from the kitchen to your door, live.
          </Step>
        </ul>
      </section>
    </div>
  );
}

function Step({ icon, title, children }: { icon: ReactNode; title: string; children: ReactNode }) {
  return (
    <li className="rounded-2xl border border-stone-200 bg-white p-5 shadow-sm shadow-stone-900/5">
      <div className="grid size-10 place-items-center rounded-xl bg-accent-soft text-xl text-accent">
        {icon}
      </div>
      <h3 className="mt-4 font-semibold text-stone-900">{title}</h3>
      <p className="mt-1.5 text-sm text-stone-600">{children}</p>
    </li>
  );
}
