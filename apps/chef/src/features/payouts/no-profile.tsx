import type { PayoutsCardProps } from '@homechef/app-kit/react';
import { buttonClasses } from '@homechef/ui';
import Link from 'next/link';

/** Payouts belong to a kitchen: before the application exists there is nothing to pay out to. */
export const NO_KITCHEN_YET: PayoutsCardProps['noProfile'] = {
  title: 'Start your kitchen application first',
  description: 'Payouts are set up for your kitchen: start the application, then come back here.',
  action: (
    <Link href="/application" className={buttonClasses()}>
      Start application
    </Link>
  ),
};
