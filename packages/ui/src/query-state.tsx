import type { ReactNode } from 'react';
import { ErrorState } from './error-state.tsx';

/** The part of a React Query result this component reads. */
export interface QueryLike<T> {
  status: 'pending' | 'error' | 'success';
  data: T | undefined;
  error: { message: string } | null;
  isFetching: boolean;
  refetch: () => unknown;
}

export interface QueryStateProps<T, E extends T = never> {
  query: QueryLike<T>;
  /** Shown while the first answer is on its way (a skeleton of the content). */
  loading: ReactNode;
  /** The error's heading, e.g. "We couldn’t load kitchens"; the API's message goes under it. */
  errorTitle?: string;
  /**
   * When the data counts as empty, `empty` is shown instead of `children`. A type guard
   * (`(data) => data === null`) narrows what `children` receives.
   */
  isEmpty?: ((data: T) => data is E) | ((data: T) => boolean);
  empty?: ReactNode;
  className?: string;
  children: (data: Exclude<T, E>) => ReactNode;
}

/** The loading, error and empty states of one query, the same way on every page. */
export function QueryState<T, E extends T = never>({
  query,
  loading,
  errorTitle,
  isEmpty,
  empty,
  className,
  children,
}: QueryStateProps<T, E>) {
  if (query.status === 'error' && query.error) {
    return (
      <ErrorState
        className={className}
        title={errorTitle}
        message={query.error.message}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  if (query.data === undefined) return loading;
  const data = query.data;
  if (isEmpty && isEmpty(data)) return empty ?? null;
  return children(data as Exclude<T, E>);
}
