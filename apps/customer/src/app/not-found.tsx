import { buttonClasses, EmptyState, SearchIcon } from '@homechef/ui';
import Link from 'next/link';

export default function NotFound() {
  return (
    <EmptyState
      className="mx-auto max-w-xl"
      icon={<SearchIcon />}
      title="Page not found"
      description="The page you’re looking for doesn’t exist or has moved."
      action={
        <Link href="/" className={buttonClasses()}>
          Back to home
        </Link>
      }
    />
  );
}
