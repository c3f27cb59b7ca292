// What any module of an app may import, on the server or in the browser.
export type { AppRouter, RouterInputs, RouterOutputs } from '@homechef/api';
export {
  apiErrorCode,
  describeApiError,
  readApiError,
  type ApiError,
  type ApiErrorInfo,
} from './api/errors.ts';
export { byCursor } from './api/paging.ts';
