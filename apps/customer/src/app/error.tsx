'use client';

export { ErrorPage as default } from '@homechef/ui';
