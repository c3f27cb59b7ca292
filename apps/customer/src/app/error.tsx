'use client';

import { ErrorState } from '@homechef/ui';
import { useEffect } from 'react';

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
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
