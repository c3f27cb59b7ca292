'use client';

import { buttonClasses, Card, CheckIcon, Skeleton, QueryState } from '@homechef/ui';
import Link from 'next/link';
import { DriverStatusBanner } from './status.tsx';
import { useOwnDriver } from './use-driver.ts';

/**
 * Under the shift panel: how the review stands, and the checklist of what is still missing
 * before the first shift (nothing once the profile is complete).
 */
export function OnboardingChecklist() {
  const driver = useOwnDriver();
  return (
    <QueryState
      query={driver}
      loading={<Skeleton className="h-24 rounded-3xl" />}
      errorTitle="We couldn’t load your profile"
    >
      {(data) => {
        const checklist = data?.checklist ?? [];
        const open = checklist.filter((item) => !item.done).length;
        return (
          <div className="space-y-6">
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
