'use client';

import { describeApiError } from '@homechef/app-kit';
import { useTRPC } from '@homechef/app-kit/react';
import {
  Alert,
  Button,
  CheckIcon,
  DetailList,
  formatClock,
  tagLabel,
  WEEKDAYS,
} from '@homechef/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useSetKitchen, type OwnKitchen } from '../kitchen/use-kitchen.ts';
import type { FormStep, StepId } from './form.ts';

export function ReviewStep({
  kitchen,
  unsaved,
  onEdit,
}: {
  kitchen: OwnKitchen;
  unsaved: FormStep[];
  onEdit: (step: StepId) => void;
}) {
  const trpc = useTRPC();
  const setKitchen = useSetKitchen();
  const [error, setError] = useState<string | null>(null);
  const submit = useMutation(
    trpc.chefs.submit.mutationOptions({
      onSuccess: (next) => {
        setError(null);
        setKitchen(next);
      },
      onError: (e) => setError(describeApiError(e).message),
    }),
  );
  const status = kitchen.verificationStatus;
  const canSubmit = status === 'draft' || status === 'rejected';
  const address = kitchen.kitchen
    ? [
        kitchen.kitchen.line1,
        kitchen.kitchen.line2,
        kitchen.kitchen.city,
        kitchen.kitchen.postalCode,
      ]
        .filter(Boolean)
        .join(', ')
    : null;
  const hours = kitchen.openingHours
    .map(
      (w) =>
        `${WEEKDAYS[w.weekday]?.slice(0, 3)} ${formatClock(w.opensAt)}–${formatClock(w.closesAt)}`,
    )
    .join(' · ');

  return (
    <div className="space-y-6">
      <div>
        <h2 className="text-xl font-semibold text-stone-900">
          {status === 'rejected'
            ? 'Review and resubmit'
            : canSubmit
              ? 'Review and submit'
              : 'Your application'}
        </h2>
        <p className="mt-1 text-sm text-stone-600">
          {canSubmit
            ? 'Check your details. Once submitted, our team reviews your application and documents.'
            : 'What HomeChef has on file for your kitchen.'}
        </p>
      </div>

      {unsaved.length > 0 ? (
        <Alert tone="info" title="You have unsaved changes">
          Save the {unsaved.map((s) => s).join(', ')} step{unsaved.length > 1 ? 's' : ''} first, or
          they won’t be part of your application.{' '}
          <button
            type="button"
            className="font-semibold underline"
            onClick={() => onEdit(unsaved[0]!)}
          >
            Go to {unsaved[0]}
          </button>
        </Alert>
      ) : null}

      <DetailList
        rows={[
          ['Kitchen name', kitchen.businessName],
          ['Cuisines', kitchen.cuisines.map(tagLabel).join(', ') || null],
          ['Address', address],
          [
            'Delivery',
            `${kitchen.deliveryRadiusM / 1000} km radius · ready in ${kitchen.leadTimeMinutes} min`,
          ],
          ['Opening hours', hours || null],
          [
            'Permit',
            kitchen.permitType
              ? `${kitchen.permitType} ${kitchen.permitNumber ?? ''} · expires ${kitchen.permitExpiresOn ?? '?'}`
              : null,
          ],
          [
            'Meal caps',
            kitchen.maxMealsPerDay || kitchen.maxMealsPerWeek
              ? `${kitchen.maxMealsPerDay ?? '—'} a day · ${kitchen.maxMealsPerWeek ?? '—'} a week`
              : 'None',
          ],
          ['Documents', `${kitchen.documents.length} uploaded`],
        ]}
      />

      {error ? (
        <Alert tone="error" title="We couldn’t submit your application">
          {error}
        </Alert>
      ) : null}

      {canSubmit ? (
        <div className="flex flex-wrap items-center gap-3">
          <Button
            size="lg"
            loading={submit.isPending}
            disabled={kitchen.missing.length > 0 || unsaved.length > 0}
            onClick={() => submit.mutate()}
          >
            {status === 'rejected' ? 'Resubmit for review' : 'Submit for review'}
          </Button>
          {kitchen.missing.length > 0 ? (
            <p className="text-sm text-stone-500">
              Complete the {kitchen.missing.length} item{kitchen.missing.length > 1 ? 's' : ''}{' '}
              listed above first.
            </p>
          ) : null}
        </div>
      ) : status === 'submitted' ? (
        <p className="flex items-center gap-2 text-sm font-medium text-sky-800">
          <CheckIcon aria-hidden="true" /> Submitted: we’ll let you know here once it’s reviewed.
        </p>
      ) : null}
    </div>
  );
}
