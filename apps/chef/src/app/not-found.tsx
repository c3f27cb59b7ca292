import { buttonClasses, EmptyState, SearchIcon } from '@homechef/ui';
import Link from 'next/link';

export default function NotFound() {
  return (
    <EmptyState
      className="mx-auto max-w-xl"
      icon={<SearchIcon />}
      title="Page not found"
      description="This page doesn’t exist in your kitchen dashboard."
      action={
        <Link href="/" className={buttonClasses()}>
          Back to your kitchen
        </Link>
      }
    />
  );
}
