'use client';

import {
  AuthForm,
  Button,
  LogOutIcon,
  type AuthFieldErrors,
  type AuthFormOutcome,
  type AuthFormValues,
  type ButtonProps,
} from '@homechef/ui';
import { LoginInput, RegisterInput } from '@homechef/validators';
import { APPS } from '../app/copy.ts';
import { getCsrfToken, signIn, signOut } from 'next-auth/react';
import {
  createContext,
  use,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { z } from 'zod';
import type { AppName } from '../env.ts';
import { decodeFailure, type AuthFailure } from './failures.ts';
import type { ClientSession } from './session.ts';

// ---------------------------------------------------------------------------------------------
// Session in the browser

interface AuthSessionValue {
  session: ClientSession | null;
  /** The access token, renewed first when it is due. Stable for the provider's lifetime. */
  getAccessToken: () => Promise<string | null>;
  /** Asks the server for the session again; `force` renews even when not due. */
  renew: (options?: { force?: boolean }) => Promise<ClientSession | null>;
}

const AuthSessionContext = createContext<AuthSessionValue | null>(null);

export function useAuthSession(): AuthSessionValue {
  const value = use(AuthSessionContext);
  if (!value) throw new Error('useAuthSession needs an <AuthSessionProvider> above it');
  return value;
}

const SESSION_URL = '/api/auth/session';

/**
 * Holds the session the root layout read from the cookie and keeps its access token fresh:
 * renews it shortly before it expires (the session endpoint runs next-auth's `jwt` callback,
 * which exchanges the refresh token and rewrites the cookie), hands the current token to the
 * API clients, and signs the user out when the session cannot be renewed.
 */
export function AuthSessionProvider({
  session: initial,
  children,
}: {
  session: ClientSession | null;
  children: ReactNode;
}) {
  const [session, setSession] = useState(initial);
  const state = useRef({
    session: initial,
    /** Server clock minus browser clock, so renewals happen on the server's schedule. */
    skew: 0,
    inflight: null as Promise<ClientSession | null> | null,
  });

  useEffect(() => {
    state.current.skew = initial ? initial.serverTime - Date.now() : 0;
  }, [initial]);

  const renew = useCallback(({ force = false }: { force?: boolean } = {}) => {
    const current = state.current;
    current.inflight ??= fetchSession(force)
      .then((next) => {
        if (next === undefined) return current.session; // unreachable: keep what we have
        if (next === null || next.error) {
          // Only a session that existed can end; a visitor stays a visitor.
          if (current.session) endSession(next === null ? 'signed-out' : 'session-expired');
          return null;
        }
        current.skew = next.serverTime - Date.now();
        // Same token: keep the object, so nothing re-renders and no timer re-arms in a loop.
        if (next.accessToken !== current.session?.accessToken) {
          current.session = next;
          setSession(next);
        }
        return current.session;
      })
      .finally(() => {
        current.inflight = null;
      });
    return current.inflight;
  }, []);

  const getAccessToken = useCallback(async () => {
    const current = state.current;
    if (!current.session) return null;
    if (Date.now() + current.skew >= current.session.renewAt) {
      return (await renew())?.accessToken ?? null;
    }
    return current.session.accessToken;
  }, [renew]);

  // Renew ahead of expiry even when idle, so live streams reconnect with a valid token.
  useEffect(() => {
    if (!session) return;
    const delay = session.renewAt - (Date.now() + state.current.skew);
    const timer = setTimeout(() => void renew(), Math.max(delay, 1000));
    return () => clearTimeout(timer);
  }, [session, renew]);

  const value = useMemo(
    () => ({ session, getAccessToken, renew }),
    [session, getAccessToken, renew],
  );
  return <AuthSessionContext value={value}>{children}</AuthSessionContext>;
}

/** The session from the server; null when signed out; undefined when it could not be asked. */
async function fetchSession(force: boolean): Promise<ClientSession | null | undefined> {
  try {
    const response = force
      ? await fetch(SESSION_URL, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ csrfToken: await getCsrfToken(), data: { renew: true } }),
        })
      : await fetch(SESSION_URL, { cache: 'no-store' });
    if (!response.ok) return undefined;
    const body = (await response.json()) as Partial<ClientSession> | null;
    if (body?.error) return body as ClientSession;
    return body?.accessToken ? (body as ClientSession) : null;
  } catch {
    return undefined;
  }
}

let ending = false;

/** Ends the session (cookie and API session) and sends the user to sign in again. */
function endSession(reason: 'signed-out' | 'session-expired') {
  if (ending) return;
  ending = true;
  void signOut({ redirect: false })
    .catch(() => undefined)
    .then(() => {
      const back = `${window.location.pathname}${window.location.search}`;
      // A full page load on purpose: nothing of the ended session may survive in memory.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
      window.location.assign(
        `/sign-in?${new URLSearchParams({ reason, callbackUrl: back }).toString()}`,
      );
    });
}

// ---------------------------------------------------------------------------------------------
// Sign-in, sign-up, sign-out

export interface CredentialsFormProps {
  mode: 'sign-in' | 'sign-up';
  app: AppName;
  /** Where to go once signed in (a path in this app). */
  callbackUrl: string;
  /** Each app's public URL, to point people with another role to theirs. */
  appUrls: Record<AppName, string>;
  notice?: ReactNode;
}

/**
 * The sign-in or sign-up form of any app, through next-auth's credentials provider (which
 * calls `auth.login` or `auth.register` on the API, see options.ts).
 */
export function CredentialsForm({ mode, app, callbackUrl, appUrls, notice }: CredentialsFormProps) {
  async function submit(values: AuthFormValues): Promise<AuthFormOutcome> {
    const response = await signIn('credentials', {
      redirect: false,
      intent: mode,
      email: values.email,
      password: values.password,
      ...(mode === 'sign-up' ? { name: values.name } : {}),
      callbackUrl,
    });
    if (response?.ok && !response.error) {
      // A full load, so every server component renders with the new session.
      window.location.assign(callbackUrl);
      return { ok: true };
    }
    return describe(decodeFailure(response?.error), app, appUrls);
  }
  return (
    <AuthForm
      mode={mode}
      validate={mode === 'sign-in' ? validateSignIn : validateSignUp}
      submit={submit}
      notice={notice}
    />
  );
}

export interface SignOutButtonProps {
  /** Where to land once signed out. */
  to: string;
  variant?: ButtonProps['variant'];
  /** Icon only on small screens (the header). */
  compact?: boolean;
  className?: string;
}

export function SignOutButton({
  to,
  variant = 'secondary',
  compact = false,
  className,
}: SignOutButtonProps) {
  const [pending, setPending] = useState(false);
  async function onClick() {
    setPending(true);
    // The driver app's service worker keeps pages for offline use; they are this user's.
    navigator.serviceWorker?.controller?.postMessage({ type: 'signed-out' });
    try {
      await signOut({ redirect: false });
    } finally {
      window.location.assign(to);
    }
  }
  return (
    <Button
      variant={variant}
      size="sm"
      className={className}
      loading={pending}
      icon={<LogOutIcon aria-hidden="true" />}
      onClick={() => void onClick()}
    >
      <span className={compact ? 'sr-only sm:not-sr-only' : undefined}>Sign out</span>
    </Button>
  );
}

function describe(
  failure: AuthFailure,
  app: AppName,
  appUrls: Record<AppName, string>,
): AuthFormOutcome {
  const here = APPS[app];
  switch (failure.kind) {
    case 'credentials':
    case 'suspended':
      return { ok: false, message: failure.message };
    case 'rate-limited':
      return { ok: false, retryAfterSeconds: failure.retryAfterSeconds };
    case 'invalid':
      return { ok: false, fieldErrors: failure.fieldErrors, message: failure.message };
    case 'email-taken':
      return { ok: false, fieldErrors: { email: failure.message } };
    case 'wrong-role': {
      const theirs = APPS[failure.role];
      const url = appUrls[failure.role];
      return {
        ok: false,
        message: (
          <>
            This is {here.kind} {here.audience}. You signed in as {theirs.roleNoun} — use{' '}
            {theirs.kind} at <a href={url}>{url.replace(/^https?:\/\//, '')}</a>.
          </>
        ),
      };
    }
    case 'sign-up-closed':
      return {
        ok: false,
        message: 'Accounts for the admin console are created by the operations team.',
      };
    case 'unavailable':
      return {
        ok: false,
        message: 'We couldn’t sign you in right now. Please try again in a moment.',
      };
  }
}

// The API's own schemas, so the browser says exactly what the server would.
const SignUpFields = RegisterInput.omit({ role: true });

function validateSignIn(values: AuthFormValues): AuthFieldErrors {
  return firstErrors(LoginInput.safeParse({ email: values.email, password: values.password }));
}

function validateSignUp(values: AuthFormValues): AuthFieldErrors {
  return firstErrors(SignUpFields.safeParse(values));
}

function firstErrors(result: z.ZodSafeParseResult<unknown>): AuthFieldErrors {
  if (result.success) return {};
  const errors: AuthFieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if ((field === 'name' || field === 'email' || field === 'password') && !errors[field]) {
      errors[field] = issue.message;
    }
  }
  return errors;
}
