import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../../lib/api-client.ts';
import { useSignIn } from '../api/auth.ts';
import { usePageTitle } from '../../../lib/page-title.ts';

/** The sign-in form: account and password, then the second factor's code when the account has one. */
export function SignInPage() {
  const intl = useIntl();
  usePageTitle(intl.formatMessage({ id: 'auth.signIn' }));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const signIn = useSignIn();
  const [account, setAccount] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const needsCode = signIn.error instanceof ApiError && signIn.error.code === 'auth.totp_required';
  const [askCode, setAskCode] = useState(false);
  if (needsCode && !askCode) setAskCode(true);

  function submit(event: FormEvent) {
    event.preventDefault();
    signIn.mutate(
      { account, password, ...(askCode && code !== '' ? { code } : {}) },
      // Only a path of this application is followed after signing in, never another site.
      { onSuccess: () => void navigate(safeNext(params.get('next'))) },
    );
  }

  const failure = signIn.error instanceof ApiError && !needsCode ? signIn.error : undefined;
  return (
    <form className="record-form sign-in" onSubmit={submit} noValidate>
      <h1>
        <FormattedMessage id="auth.signIn" />
      </h1>
      <label>
        <FormattedMessage id="auth.account" />
        <input
          name="account"
          autoComplete="username"
          value={account}
          onChange={(e) => setAccount(e.target.value)}
          required
        />
      </label>
      <label>
        <FormattedMessage id="auth.password" />
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
      </label>
      {askCode && (
        <label>
          <FormattedMessage id="auth.code" />
          <input
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
        </label>
      )}
      {failure && (
        <p role="alert" className="field-error">
          {failure.status === 401
            ? intl.formatMessage({ id: 'auth.failed' })
            : intl.formatMessage({ id: 'error.load' }, { message: failure.message })}
        </p>
      )}
      {needsCode && code === '' && (
        <p role="status">
          <FormattedMessage id="auth.codeNeeded" />
        </p>
      )}
      <button type="submit" disabled={signIn.isPending}>
        <FormattedMessage id="auth.signIn" />
      </button>
    </form>
  );
}

function safeNext(next: string | null): string {
  return next !== null && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}
