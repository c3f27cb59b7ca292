'use client';

import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { Alert } from './alert.tsx';
import { Button } from './button.tsx';
import { cn, focusRing } from './cn.ts';
import { Field, Input } from './field.tsx';
import { EyeIcon, EyeOffIcon } from './icons.tsx';

export type AuthFormField = 'name' | 'email' | 'password';
export type AuthFormValues = Record<AuthFormField, string>;
export type AuthFieldErrors = Partial<Record<AuthFormField, string>>;

export type AuthFormOutcome =
  | { ok: true }
  | {
      ok: false;
      fieldErrors?: AuthFieldErrors;
      /** About the whole form (wrong password, wrong app, service down). */
      message?: ReactNode;
      /** Rate limited: the submit button stays disabled this long. */
      retryAfterSeconds?: number;
    };

export interface AuthFormProps {
  mode: 'sign-in' | 'sign-up';
  /** Runs in the browser before anything is sent. */
  validate: (values: AuthFormValues) => AuthFieldErrors;
  /** Sends the form; on success the caller navigates away, so the button keeps spinning. */
  submit: (values: AuthFormValues) => Promise<AuthFormOutcome>;
  /** Shown above the form until it is submitted, e.g. "You have been signed out." */
  notice?: ReactNode;
}

const FIELDS: Record<AuthFormProps['mode'], AuthFormField[]> = {
  'sign-in': ['email', 'password'],
  'sign-up': ['name', 'email', 'password'],
};

/**
 * The sign-in and sign-up form. Inputs are controlled and never reset, so whatever was typed
 * survives every error; errors sit under their field and are announced with it.
 */
export function AuthForm({ mode, validate, submit, notice }: AuthFormProps) {
  const [values, setValues] = useState<AuthFormValues>({ name: '', email: '', password: '' });
  const [fieldErrors, setFieldErrors] = useState<AuthFieldErrors>({});
  const [message, setMessage] = useState<ReactNode>(null);
  const [showNotice, setShowNotice] = useState(true);
  const [pending, setPending] = useState(false);
  const retry = useRetryCountdown();
  const fields = FIELDS[mode];

  function focusFirstError(form: HTMLFormElement, errors: AuthFieldErrors) {
    const first = fields.find((field) => errors[field]);
    const input = first ? form.elements.namedItem(first) : null;
    if (input instanceof HTMLInputElement) input.focus();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    if (pending || retry.secondsLeft > 0) return;
    setShowNotice(false);
    setMessage(null);
    const errors = pick(validate(values), fields);
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) {
      focusFirstError(form, errors);
      return;
    }
    setPending(true);
    let outcome: AuthFormOutcome;
    try {
      outcome = await submit(values);
    } catch {
      outcome = { ok: false, message: 'We couldn’t reach HomeChef. Check your connection.' };
    }
    if (outcome.ok) return;
    setPending(false);
    const serverErrors = pick(outcome.fieldErrors ?? {}, fields);
    setFieldErrors(serverErrors);
    setMessage(outcome.message ?? null);
    if (outcome.retryAfterSeconds) retry.start(outcome.retryAfterSeconds);
    focusFirstError(form, serverErrors);
  }

  function update(field: AuthFormField, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    // The message under a field answers what was there; once it changes, it no longer applies.
    if (fieldErrors[field]) setFieldErrors(({ [field]: _, ...rest }) => rest);
  }

  const register = (field: AuthFormField) => ({
    name: field,
    value: values[field],
    onChange: (event: { target: { value: string } }) => update(field, event.target.value),
  });

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} className="space-y-5">
      {showNotice && notice ? <Alert tone="info">{notice}</Alert> : null}
      {message ? <Alert tone="error">{message}</Alert> : null}
      {retry.secondsLeft > 0 ? (
        <Alert tone="error" title="Too many attempts">
          For your security, please wait {formatWait(retry.secondsLeft)} before trying again.
        </Alert>
      ) : null}

      {mode === 'sign-up' ? (
        <Field label="Full name" error={fieldErrors.name} required>
          <Input {...register('name')} type="text" autoComplete="name" maxLength={100} />
        </Field>
      ) : null}

      <Field label="Email" error={fieldErrors.email} required>
        <Input
          {...register('email')}
          type="email"
          inputMode="email"
          autoComplete={mode === 'sign-in' ? 'username' : 'email'}
          autoCapitalize="none"
          spellCheck={false}
        />
      </Field>

      <PasswordField
        error={fieldErrors.password}
        hint={mode === 'sign-up' ? 'At least 8 characters.' : undefined}
        autoComplete={mode === 'sign-in' ? 'current-password' : 'new-password'}
        {...register('password')}
      />

      <Button
        type="submit"
        size="lg"
        className="w-full"
        loading={pending}
        disabled={retry.secondsLeft > 0}
      >
        {mode === 'sign-in'
          ? pending
            ? 'Signing in…'
            : 'Sign in'
          : pending
            ? 'Creating your account…'
            : 'Create account'}
      </Button>
    </form>
  );
}

interface PasswordFieldProps {
  name: string;
  value: string;
  error: string | undefined;
  hint: string | undefined;
  autoComplete: string;
  onChange: (event: { target: { value: string } }) => void;
}

function PasswordField({ error, hint, ...input }: PasswordFieldProps) {
  const [visible, setVisible] = useState(false);
  return (
    <Field label="Password" error={error} hint={hint} required>
      <div className="relative">
        <Input {...input} type={visible ? 'text' : 'password'} className="pr-12" />
        <button
          type="button"
          onClick={() => setVisible((v) => !v)}
          aria-label={visible ? 'Hide password' : 'Show password'}
          aria-pressed={visible}
          className={cn(
            'absolute top-1/2 right-1.5 grid size-9 -translate-y-1/2 place-items-center rounded-lg text-lg text-stone-500 hover:bg-stone-100 hover:text-stone-800',
            focusRing,
          )}
        >
          {visible ? <EyeOffIcon /> : <EyeIcon />}
        </button>
      </div>
    </Field>
  );
}

function pick(errors: AuthFieldErrors, fields: AuthFormField[]): AuthFieldErrors {
  const picked: AuthFieldErrors = {};
  for (const field of fields) if (errors[field]) picked[field] = errors[field];
  return picked;
}

/** Seconds left before the rate limit lifts, ticking down once a second. */
function useRetryCountdown() {
  const [until, setUntil] = useState(0);
  const [now, setNow] = useState(0);
  useEffect(() => {
    if (until === 0) return;
    const timer = setInterval(() => {
      const current = Date.now();
      setNow(current);
      if (current >= until) {
        setUntil(0);
        clearInterval(timer);
      }
    }, 1000);
    return () => clearInterval(timer);
  }, [until]);
  return {
    secondsLeft: until === 0 ? 0 : Math.max(0, Math.ceil((until - now) / 1000)),
    start(seconds: number) {
      const current = Date.now();
      setNow(current);
      setUntil(current + seconds * 1000);
    },
  };
}

function formatWait(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
