import type { z } from 'zod';

/**
 * A failed parse as form errors: the dotted path of each field (`kitchen.lat`,
 * `optionGroups.0.name`) to its first message; issues about the whole object under `''`.
 */
export function formErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.');
    errors[key] ??= issue.message;
  }
  return errors;
}
