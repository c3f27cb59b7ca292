/** A Stripe error object as the API returns it inside `{ error: ... }`. */
export interface StripeErrorBody {
  type:
    | 'api_error'
    | 'card_error'
    | 'idempotency_error'
    | 'invalid_request_error'
    | 'authentication_error'
    | 'permission_error';
  message: string;
  code?: string;
  decline_code?: string;
  param?: string;
  doc_url?: string;
  [extra: string]: unknown;
}

/** Thrown by handlers; the server turns it into Stripe's `{ error }` body and status. */
export class StripeApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: StripeErrorBody,
  ) {
    super(body.message);
  }
}

export function invalidRequest(message: string, extra: Partial<StripeErrorBody> = {}) {
  return new StripeApiError(400, { type: 'invalid_request_error', message, ...extra });
}

export function missingParam(param: string) {
  return invalidRequest(`Missing required param: ${param}.`, {
    code: 'parameter_missing',
    param,
    doc_url: 'https://stripe.com/docs/error-codes/parameter-missing',
  });
}

export function noSuch(kind: string, id: string, param = 'id') {
  return new StripeApiError(404, {
    type: 'invalid_request_error',
    code: 'resource_missing',
    param,
    message: `No such ${kind}: '${id}'`,
    doc_url: 'https://stripe.com/docs/error-codes/resource-missing',
  });
}
