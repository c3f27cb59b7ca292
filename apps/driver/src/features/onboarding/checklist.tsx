'use client';

import { buttonClasses, Card, CheckIcon, PowerIcon, Skeleton, QueryState } from '@homechef/ui';
import Link from 'next/link';
import { DriverStatusBanner } from './status.tsx';
import { useOwnDriver } from './use-driver.ts';

const NO_PROFILE_PROBLEM = 'Start your driver profile: vehicle, licence and insurance';

/**
 * The dashboard's availability panel: the go-online button (disabled, with the rule's reason,
 * until the shift arrives) and the checklist of what is still missing.
 */
export function Availability() {
  const driver = useOwnDriver();
  return (
    <QueryState
      query={driver}
      loading={<Skeleton className="h-96 rounded-3xl" />}
      errorTitle="We couldn’t load your profile"
    >
      {(data) => {
        const problem = data ? data.goOnlineProblem : NO_PROFILE_PROBLEM;
        const checklist = data?.checklist ?? [];
        const open = checklist.filter((item) => !item.done).length;
        return (
          <div className="space-y-6">
            <section
              aria-labelledby="availability"
              data-testid="driver-availability"
              className="rounded-3xl bg-gradient-to-b from-blue-50 to-white px-6 py-10 text-center ring-1 ring-blue-100"
            >
              <p className="text-sm font-semibold tracking-wide text-stone-500 uppercase">
                You’re offline
              </p>
              <h1
                id="availability"
                className="mt-2 text-3xl font-bold tracking-tight text-stone-900"
              >
                Ready to deliver?
              </h1>
              <button
                type="button"
                disabled
                aria-describedby="go-online-reason"
                className="mx-auto mt-8 flex size-44 flex-col items-center justify-center gap-2 rounded-full bg-accent text-accent-contrast shadow-xl ring-8 shadow-blue-900/20 ring-blue-100 transition disabled:cursor-not-allowed disabled:opacity-70"
              >
                <PowerIcon className="text-5xl" />
                <span className="text-xl font-semibold">Go online</span>
              </button>
              <p
                id="go-online-reason"
                data-testid="go-online-reason"
                className="mx-auto mt-6 max-w-sm text-sm text-stone-600"
              >
                {problem ?? 'You’re all set. Going online arrives with dispatch, coming soon.'}
              </p>
            </section>
            {data ? <DriverStatusBanner driver={data} /> : null}
            {open > 0 || !data ? (
              <Card
                title="Before your first shift"
                description={
                  data ? `${open} of ${checklist.length} still to do.` : 'Nothing done yet.'
                }
              >
                {checklist.length ? (
                  <ul className="space-y-2" data-testid="driver-checklist">
                    {checklist.map((item) => (
                      <li
                        key={item.key}
                        data-done={item.done}
                        className="flex items-center gap-3 text-sm"
                      >
                        <span
                          aria-hidden="true"
                          className={
                            item.done
                              ? 'grid size-6 place-items-center rounded-full bg-emerald-100 text-emerald-700'
                              : 'size-6 rounded-full border-2 border-stone-300'
                          }
                        >
                          {item.done ? <CheckIcon /> : null}
                        </span>
                        <span
                          className={item.done ? 'text-stone-500 line-through' : 'text-stone-900'}
                        >
                          {item.label}
                        </span>
                        <span className="sr-only">{item.done ? '(done)' : '(to do)'}</span>
                      </li>
                    ))}
                  </ul>
                ) : null}
                <Link href="/onboarding" className={buttonClasses({ className: 'mt-4' })}>
                  {data ? 'Continue my profile' : 'Start my profile'}
                </Link>
              </Card>
            ) : null}
          </div>
        );
      }}
    </QueryState>
  );
}
