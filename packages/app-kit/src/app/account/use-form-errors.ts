'use client';

import { formErrors } from '@homechef/validators';
import { useState } from 'react';
import type { z } from 'zod';
import { describeApiError } from '../../api/errors.ts';
import type { FieldErrors } from './drafts.ts';

/**
 * A form's inline field errors and its one summary message: set from the browser's own
 * check before sending, or from the API's answer (its zod field errors land under the fields).
 */
export function useFormErrors() {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  /** The browser's check; true when the form may be sent. */
  const check = (found: FieldErrors) => {
    setErrors(found);
    const ok = Object.keys(found).length === 0;
    setMessage(ok ? null : 'Some details need fixing: see the highlighted fields.');
    return ok;
  };
  return {
    errors,
    message,
    clear() {
      setErrors({});
      setMessage(null);
    },
    check,
    /**
     * The browser's check with the procedure's own input schema: the input as the schema
     * reads it, or null with each field's first problem under that field.
     */
    checkInput<T>(schema: z.ZodType<T>, input: unknown): T | null {
      const parsed = schema.safeParse(input);
      check(parsed.success ? {} : formErrors(parsed.error));
      return parsed.success ? parsed.data : null;
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
