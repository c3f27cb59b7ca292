import { APPS, AuthLayout } from '@homechef/ui';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ElementType, ReactNode } from 'react';
import type { AppEnv, AppName } from './env.ts';
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

// Hrefs built at run time: typed routes cannot check them.
const TextLink = Link as ElementType;
const linkClasses = 'font-semibold text-accent-ink underline-offset-4 hover:underline';

/** The sign-in or sign-up page of any app. Admins have no sign-up page. */
export function AuthScreen({ app, env, mode, searchParams }: AuthScreenProps) {
  const info = APPS[app];
  const callbackUrl = safeCallbackPath(first(searchParams.callbackUrl));
  const keep = callbackUrl === '/' ? '' : `?${new URLSearchParams({ callbackUrl }).toString()}`;

  let footer: ReactNode;
  let form: ReactNode;
  if (mode === 'sign-up') {
    if (app === 'admin') notFound();
    footer = (
      <>
        Already have an account?{' '}
        <TextLink href={`/sign-in${keep}`} className={linkClasses}>
          Sign in
        </TextLink>
      </>
    );
    form = (
      <CredentialsForm mode="sign-up" app={app} callbackUrl={callbackUrl} appUrls={env.appUrls} />
    );
  } else {
    footer = info.selfSignUp ? (
      <>
        New to HomeChef?{' '}
        <TextLink href={`/sign-up${keep}`} className={linkClasses}>
          Create an account
        </TextLink>
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
    <AuthLayout role={app} title={copy.title} description={copy.description} footer={footer}>
      {form}
    </AuthLayout>
  );
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
