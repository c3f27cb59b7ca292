import type { AdminUserOutput } from '@homechef/validators';

export const ROLE_LABELS: Record<AdminUserOutput['role'], string> = {
  customer: 'Customer',
  chef: 'Chef',
  driver: 'Driver',
  admin: 'Admin',
};

export const STATUS_LABELS: Record<AdminUserOutput['status'], string> = {
  active: 'Active',
  suspended: 'Suspended',
  deleted: 'Deleted',
};
