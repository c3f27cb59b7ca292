import { AuthLayout } from '@homechef/ui';
import { APPS } from '../app/copy.ts';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import type { AppEnv, AppName } from '../env.ts';
import { safeCallbackPath } from './failures.ts';
import { CredentialsForm } from './react.tsx';

export interface AuthScreenProps {
  app: AppName;
  env: AppEnv;
  mode: 'sign-in' | 'sign-up';
  searchParams: Record<string, string | string[] | undefined>;
}

const NOTICES: Record<string, string> = {
  'signed-out': 'You’ve been signed out.',
  'session-expired': 'Your session has ended. Please sign in again.',
  'password-changed': 'Your password was changed. Sign in with your new password.',
};

const linkClasses = 'font-semibold text-accent-ink underline-offset-4 hover:underline';

/** The sign-in or sign-up page of any app. Admins have no sign-up page. */
export function AuthScreen({ app, env, mode, searchParams }: AuthScreenProps) {
  const info = APPS[app];
  const callbackUrl = safeCallbackPath(first(searchParams.callbackUrl));
  // The page to return to survives a switch between sign-in and sign-up. A URL object: the
  // admin app has no sign-up route, so a typed string route could not name it there.
  const keep = callbackUrl === '/' ? {} : { callbackUrl };

  let footer: ReactNode;
  let form: ReactNode;
  if (mode === 'sign-up') {
    if (app === 'admin') notFound();
    footer = (
      <>
        Already have an account?{' '}
        <Link href={{ pathname: '/sign-in', query: keep }} className={linkClasses}>
          Sign in
        </Link>
      </>
    );
    form = (
      <CredentialsForm mode="sign-up" app={app} callbackUrl={callbackUrl} appUrls={env.appUrls} />
    );
  } else {
    footer = info.selfSignUp ? (
      <>
        New to HomeChef?{' '}
        <Link href={{ pathname: '/sign-up', query: keep }} className={linkClasses}>
          Create an account
        </Link>
      </>
    ) : (
      'Admin accounts are created by the operations team.'
    );
    const reason = first(searchParams.reason);
    form = (
      <CredentialsForm
        mode="sign-in"
        app={app}
        callbackUrl={callbackUrl}
        appUrls={env.appUrls}
        notice={reason ? NOTICES[reason] : undefined}
      />
    );
  }

  const copy = mode === 'sign-in' ? info.signIn : info.signUp;
  return (
    <AuthLayout
      appName={info.name}
      pitch={info.pitch}
      title={copy.title}
      description={copy.description}
      footer={footer}
    >
      {form}
    </AuthLayout>
  );
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
