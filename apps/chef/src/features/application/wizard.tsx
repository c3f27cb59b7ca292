'use client';

import { describeApiError } from '@homechef/app-kit';
import { useTRPC } from '@homechef/app-kit/react';
import { Alert, Button, cn, focusRing, PageHeader, QueryState, SkeletonStack } from '@homechef/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { StatusPanel } from '../kitchen/status-panel.tsx';
import { useKitchen, useSetKitchen, type OwnKitchen } from '../kitchen/use-kitchen.ts';
import { DocumentsStep } from './documents-step.tsx';
import {
  applyInput,
  formFromKitchen,
  serverFieldErrors,
  stepInput,
  STEPS,
  validateStep,
  type ApplicationForm,
  type FormErrors,
  type FormStep,
  type StepId,
} from './form.ts';
import { ReviewStep } from './review-step.tsx';
import { ComplianceStep, HoursStep, KitchenStep, ProfileStep } from './steps.tsx';

const FORM_STEPS: readonly StepId[] = ['profile', 'kitchen', 'hours', 'compliance'];
const isFormStep = (step: StepId): step is FormStep => FORM_STEPS.includes(step);

export function ApplicationWizard({ initialStep }: { initialStep: string | undefined }) {
  const kitchen = useKitchen();
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader
        eyebrow="Application"
        title="Your kitchen application"
        description="Everything HomeChef checks before customers can order from you. Your answers are saved step by step."
      />
      <QueryState
        query={kitchen}
        loading={
          <SkeletonStack
            label="Loading your application"
            blocks={['h-40 rounded-2xl', 'h-12 rounded-xl', 'h-96 rounded-2xl']}
            className="space-y-6"
          />
        }
        errorTitle="We couldn’t load your application"
      >
        {(data) => (
          <Wizard
            kitchen={data}
            initialStep={
              STEPS.find((s) => s.id === initialStep)?.id ?? (data ? 'review' : 'profile')
            }
          />
        )}
      </QueryState>
    </div>
  );
}

function Wizard({ kitchen, initialStep }: { kitchen: OwnKitchen | null; initialStep: StepId }) {
  const trpc = useTRPC();
  const setKitchen = useSetKitchen();
  // What the chef typed: kept across steps and through failed saves.
  const [form, setForm] = useState<ApplicationForm>(() => formFromKitchen(kitchen));
  const [step, setStep] = useState<StepId>(kitchen ? initialStep : 'profile');
  const [errors, setErrors] = useState<FormErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const saved = formFromKitchen(kitchen);

  const apply = useMutation(trpc.chefs.apply.mutationOptions());
  const update = useMutation(trpc.chefs.update.mutationOptions());
  const saving = apply.isPending || update.isPending;

  const dirty = (s: FormStep) =>
    JSON.stringify(stepInput(s, form)) !== JSON.stringify(stepInput(s, saved));
  const unsaved = FORM_STEPS.filter((s): s is FormStep => isFormStep(s) && dirty(s));

  function go(next: StepId) {
    setStep(next);
    setErrors({});
    setMessage(null);
    window.history.replaceState(null, '', `?step=${next}`);
    window.scrollTo({ top: 0, behavior: 'smooth' });
  }

  function patch(values: Partial<ApplicationForm>) {
    setForm((current) => ({ ...current, ...values }));
  }

  async function saveAndContinue(current: FormStep) {
    setMessage(null);
    const found = validateStep(current, form);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setMessage('Some details need fixing: see the highlighted fields.');
      return;
    }
    const index = STEPS.findIndex((s) => s.id === current);
    const next = STEPS[index + 1]?.id ?? 'review';
    if (kitchen && !dirty(current)) {
      go(next);
      return;
    }
    try {
      const result = kitchen
        ? await update.mutateAsync(stepInput(current, form))
        : await apply.mutateAsync(applyInput(form));
      setKitchen(result);
      go(next);
    } catch (error) {
      const info = describeApiError(error);
      setErrors(serverFieldErrors(info.fieldErrors));
      setMessage(info.message);
    }
  }

  const fields = { form, patch, errors };
  return (
    <div className="space-y-6">
      {kitchen ? <StatusPanel kitchen={kitchen} /> : null}

      <nav aria-label="Application steps">
        <ol className="flex gap-1 overflow-x-auto rounded-xl bg-white p-1 ring-1 ring-stone-200">
          {STEPS.map((s, index) => {
            const locked = !kitchen && s.id !== 'profile';
            const current = s.id === step;
            return (
              <li key={s.id} className="min-w-fit flex-1">
                <button
                  type="button"
                  disabled={locked}
                  aria-current={current ? 'step' : undefined}
                  onClick={() => go(s.id)}
                  className={cn(
                    'flex w-full items-center justify-center gap-2 rounded-lg px-3 py-2 text-sm font-medium whitespace-nowrap transition-colors disabled:cursor-not-allowed disabled:opacity-50',
                    current
                      ? 'bg-accent text-accent-contrast'
                      : 'text-stone-600 hover:bg-stone-100',
                    focusRing,
                  )}
                >
                  <span
                    aria-hidden="true"
                    className={cn(
                      'grid size-5 place-items-center rounded-full text-xs',
                      current ? 'bg-white/20' : 'bg-stone-100',
                    )}
                  >
                    {index + 1}
                  </span>
                  {s.title}
                  {isFormStep(s.id) && unsaved.includes(s.id) ? (
                    <span className="sr-only"> (unsaved changes)</span>
                  ) : null}
                  {isFormStep(s.id) && unsaved.includes(s.id) ? (
                    <span aria-hidden="true" className="size-1.5 rounded-full bg-amber-400" />
                  ) : null}
                </button>
              </li>
            );
          })}
        </ol>
      </nav>

      {message ? (
        <Alert tone="error" title="We couldn’t save this step">
          {message}
        </Alert>
      ) : null}

      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (isFormStep(step)) void saveAndContinue(step);
        }}
        className="rounded-2xl border border-stone-200 bg-white p-5 shadow-sm shadow-stone-900/5 sm:p-6"
      >
        {step === 'profile' ? <ProfileStep {...fields} /> : null}
        {step === 'kitchen' ? <KitchenStep {...fields} /> : null}
        {step === 'hours' ? <HoursStep {...fields} /> : null}
        {step === 'compliance' ? <ComplianceStep {...fields} /> : null}
        {step === 'documents' && kitchen ? <DocumentsStep kitchen={kitchen} /> : null}
        {step === 'review' && kitchen ? (
          <ReviewStep kitchen={kitchen} unsaved={unsaved} onEdit={go} />
        ) : null}

        <div className="mt-8 flex flex-wrap items-center justify-between gap-3 border-t border-stone-100 pt-5">
          <Button
            variant="ghost"
            disabled={step === 'profile'}
            onClick={() => go(STEPS[Math.max(0, STEPS.findIndex((s) => s.id === step) - 1)]!.id)}
          >
            Back
          </Button>
          {isFormStep(step) ? (
            <Button type="submit" loading={saving}>
              {kitchen ? 'Save and continue' : 'Start application'}
            </Button>
          ) : step === 'documents' ? (
            <Button onClick={() => go('review')}>Continue</Button>
          ) : null}
        </div>
      </form>
    </div>
  );
}
