/** A request the payments layer cannot serve for a reason the caller can fix. */
export class PaymentsError extends Error {
  override name = 'PaymentsError';
  constructor(
    readonly code: 'no_profile' | 'not_onboarded',
    message: string,
  ) {
    super(message);
  }
}

/** The logging the payments layer needs (pino's shape). */
export interface PaymentsLogger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

export const silentLogger: PaymentsLogger = { info() {}, warn() {}, error() {} };
