'use client';

import { describeApiError, type RouterOutputs } from '@homechef/app-kit';
import { useTRPC } from '@homechef/app-kit/react';
import {
  Alert,
  BikeIcon,
  Button,
  Card,
  CheckIcon,
  EmptyState,
  Field,
  formatPrice,
  Input,
  MapPinIcon,
  Skeleton,
} from '@homechef/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { DoorPhoto } from './door-photo.tsx';
import { directionsUrl, jobStep } from './steps.ts';

type Job = NonNullable<RouterOutputs['dispatch']['currentJob']>;
/** Keeps the screen on while the driver is on a job (where the browser allows it). */
function useScreenAwake(active: boolean) {
  useEffect(() => {
    if (!active || typeof navigator === 'undefined' || !('wakeLock' in navigator)) return;
    let lock: WakeLockSentinel | null = null;
    let cancelled = false;
    const request = () => {
      navigator.wakeLock
        .request('screen')
        .then((sentinel) => {
          if (cancelled) void sentinel.release();
          else lock = sentinel;
        })
        .catch(() => undefined);
    };
    request();
    // The lock ends when the page is hidden: ask again when it is back.
    const onVisible = () => {
      if (document.visibilityState === 'visible') request();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      cancelled = true;
      document.removeEventListener('visibilitychange', onVisible);
      void lock?.release();
    };
  }, [active]);
}

/** The order the driver carries, step by step: kitchen, pickup, door, delivered. */
export function CurrentJob() {
  const trpc = useTRPC();
  const job = useQuery({ ...trpc.dispatch.currentJob.queryOptions(), refetchInterval: 15_000 });
  useScreenAwake(Boolean(job.data));
  if (job.isPending) return <Skeleton className="h-48 rounded-2xl" aria-label="Loading your job" />;
  if (job.isError) {
    return (
      <Alert tone="error" title="We couldn’t load your delivery">
        {describeApiError(job.error).message}
      </Alert>
    );
  }
  if (!job.data) {
    return (
      <Card title="Current delivery">
        <EmptyState
          className="py-8"
          icon={<BikeIcon />}
          title="No active delivery"
          description="Accept an offer and it shows here with pickup and drop-off directions."
        />
      </Card>
    );
  }
  return <JobCard job={job.data} />;
}

function JobCard({ job }: { job: Job }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);
  const [photoOpen, setPhotoOpen] = useState(false);
  const step = jobStep(job);
  const refresh = (next: Job) => {
    queryClient.setQueryData(trpc.dispatch.currentJob.queryKey(), next.deliveredAt ? null : next);
    if (next.deliveredAt) {
      void queryClient.invalidateQueries({ queryKey: trpc.drivers.shift.queryKey() });
    }
  };
  const arrived = useMutation(
    trpc.dispatch.arrivedAtKitchen.mutationOptions({ onSuccess: refresh }),
  );
  const pickedUp = useMutation(trpc.dispatch.pickedUp.mutationOptions({ onSuccess: refresh }));
  const delivered = useMutation(
    trpc.dispatch.delivered.mutationOptions({
      onSuccess: refresh,
      onError: (error) => {
        const { code: reason, message } = describeApiError(error);
        setCodeError(message);
        // Codes are refused after too many wrong ones: a photo at the door is the way left.
        if (reason === 'TOO_MANY_REQUESTS') setPhotoOpen(true);
      },
    }),
  );
  const failure = arrived.error ?? pickedUp.error;
  const dropoff = [job.dropoff.line1, job.dropoff.line2, job.dropoff.city]
    .filter(Boolean)
    .join(', ');

  return (
    <section
      aria-labelledby="job-title"
      data-testid="job"
      data-step={step}
      className="space-y-4 rounded-3xl bg-white p-5 shadow-sm ring-1 ring-stone-200"
    >
      <div className="flex items-start justify-between gap-3">
        <div>
          <p className="text-sm font-semibold tracking-wide text-accent uppercase">
            {step === 'to_customer' ? 'To the customer' : 'To the kitchen'}
          </p>
          <h2 id="job-title" className="text-xl font-bold text-stone-900">
            {step === 'to_customer' ? job.customerName : job.kitchen.name}
          </h2>
        </div>
        <p className="text-right text-sm text-stone-600">
          You earn
          <span className="block text-lg font-semibold text-emerald-800">
            {formatPrice(job.earningsCents, job.currency)}
          </span>
        </p>
      </div>

      <ol className="grid grid-cols-3 gap-2 text-center text-xs font-medium" aria-label="Steps">
        {(
          [
            ['Kitchen', step !== 'to_kitchen'],
            ['Picked up', step === 'to_customer' || step === 'delivered'],
            ['Delivered', step === 'delivered'],
          ] as const
        ).map(([label, done]) => (
          <li
            key={label}
            className={
              done
                ? 'rounded-full bg-emerald-100 py-1 text-emerald-900'
                : 'rounded-full bg-stone-100 py-1 text-stone-700'
            }
          >
            {done ? <CheckIcon aria-hidden="true" className="mr-1 inline" /> : null}
            {label}
            <span className="sr-only">{done ? ' (done)' : ''}</span>
          </li>
        ))}
      </ol>

      {failure ? <Alert tone="error">{describeApiError(failure).message}</Alert> : null}

      {step === 'to_customer' ? (
        <>
          <Place
            title={dropoff}
            detail={job.dropoff.instructions ?? 'No delivery notes'}
            href={directionsUrl(job.dropoff.lat, job.dropoff.lng)}
          />
          <form
            noValidate
            className="space-y-3"
            aria-label="Confirm delivery"
            onSubmit={(event) => {
              event.preventDefault();
              if (!/^\d{4}$/.test(code)) {
                setCodeError('Ask the customer for the 4 digits on their order page');
                return;
              }
              setCodeError(null);
              delivered.mutate({ orderId: job.orderId, code });
            }}
          >
            <Field
              label="Customer’s delivery code"
              hint="The customer reads it from their order page."
              error={codeError ?? undefined}
            >
              <Input
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={4}
                value={code}
                onChange={(e) => setCode(e.target.value.replace(/\D/g, '').slice(0, 4))}
              />
            </Field>
            <Button type="submit" size="xl" className="w-full" loading={delivered.isPending}>
              Delivered
            </Button>
          </form>
          <DoorPhoto
            orderId={job.orderId}
            onDelivered={refresh}
            open={photoOpen}
            onOpen={() => setPhotoOpen(true)}
          />
        </>
      ) : (
        <>
          <Place
            title={
              [job.kitchen.line1, job.kitchen.city].filter(Boolean).join(', ') || job.kitchen.name
            }
            detail={`Order #${job.orderId.replaceAll('-', '').slice(0, 6).toUpperCase()} for ${job.customerName}`}
            href={directionsUrl(job.kitchen.lat, job.kitchen.lng)}
          />
          {step === 'to_kitchen' ? (
            <Button
              size="xl"
              className="w-full"
              loading={arrived.isPending}
              onClick={() => arrived.mutate({ orderId: job.orderId })}
            >
              I’m at the kitchen
            </Button>
          ) : (
            <Button
              size="xl"
              className="w-full"
              loading={pickedUp.isPending}
              onClick={() => pickedUp.mutate({ orderId: job.orderId })}
            >
              Picked up
            </Button>
          )}
        </>
      )}
    </section>
  );
}

function Place({ title, detail, href }: { title: string; detail: string; href: string }) {
  return (
    <div className="flex items-start justify-between gap-3 rounded-2xl bg-stone-50 p-4">
      <div className="min-w-0">
        <p className="font-medium text-stone-900">{title}</p>
        <p className="text-sm text-stone-600">{detail}</p>
      </div>
      <a
        href={href}
        target="_blank"
        rel="noreferrer"
        className="inline-flex shrink-0 items-center gap-1 rounded-xl bg-white px-3 py-2 text-sm font-medium text-accent ring-1 ring-stone-200"
      >
        <MapPinIcon aria-hidden="true" />
        Directions
      </a>
    </div>
  );
}
