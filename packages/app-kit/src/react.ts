// Hooks and client components: the API from the browser, and the signed-in session.
export { useApiBaseUrl, useSubscription, useTRPC } from './api/react.tsx';
export { SignOutButton, useAuthSession } from './auth/react.tsx';
export { useFormErrors } from './app/account/use-form-errors.ts';
