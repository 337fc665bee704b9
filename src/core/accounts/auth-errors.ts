import { DomainError } from '../errors.ts';

/** Too many failed sign-ins: says how long to wait, which the API sends as Retry-After. */
export class ThrottledError extends DomainError {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number, what: string) {
    super(
      'auth.throttled',
      `too many failed sign-ins ${what}: try again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}`,
    );
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** The one answer to a wrong account name or a wrong password: which of the two is not told. */
export const invalidCredentials = () =>
  new DomainError('auth.invalid_credentials', 'the account name or the password is wrong');
