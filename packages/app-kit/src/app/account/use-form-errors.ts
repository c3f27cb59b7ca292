'use client';

import { useState } from 'react';
import { describeApiError } from '../../api/errors.ts';
import type { FieldErrors } from './drafts.ts';

/**
 * A form's inline field errors and its one summary message: set from the browser's own
 * check before sending, or from the API's answer (its zod field errors land under the fields).
 */
export function useFormErrors() {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  return {
    errors,
    message,
    clear() {
      setErrors({});
      setMessage(null);
    },
    /** The browser's check; true when the form may be sent. */
    check(found: FieldErrors) {
      setErrors(found);
      const ok = Object.keys(found).length === 0;
      setMessage(ok ? null : 'Some details need fixing: see the highlighted fields.');
      return ok;
    },
    /** What the API said; `fieldOf` places a message it can tie to a field. */
    fromApi(error: unknown, fieldOf?: (info: ReturnType<typeof describeApiError>) => FieldErrors) {
      const info = describeApiError(error);
      const placed = fieldOf?.(info) ?? {};
      setErrors({ ...info.fieldErrors, ...placed });
      // A message that sits under its field is not repeated above the form.
      setMessage(Object.values(placed).includes(info.message) ? null : info.message);
    },
  };
}
