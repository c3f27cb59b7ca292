'use client';

import { useEffect } from 'react';
import { ErrorState } from './error-state.tsx';

export interface ErrorPageProps {
  error: unknown;
  retry: () => void;
}

/** Every app's `error.tsx`: logs the error and offers to try again. */
export function ErrorPage({ error, retry }: ErrorPageProps) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <ErrorState
      className="mx-auto max-w-xl"
      title="We couldn’t load this page"
      message="Something went wrong on our side. Check your connection and try again."
      onRetry={retry}
    />
  );
}
