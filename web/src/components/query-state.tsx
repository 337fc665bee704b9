import { FormattedMessage } from 'react-intl';
import { ApiError } from '../lib/api-client.ts';

/** What a page shows while its data loads, or when it could not: the API's message, and a 404 said plainly. */
export function QueryState({ error, notFound }: { error: unknown; notFound?: string }) {
  if (!error)
    return (
      <p role="status" className="loading">
        <FormattedMessage id="common.loading" />
      </p>
    );
  if (error instanceof ApiError && error.status === 404)
    return (
      <div role="alert">
        <h1>
          <FormattedMessage id="error.notFound" />
        </h1>
        <p>
          <FormattedMessage id={notFound ?? 'error.notFoundText'} />
        </p>
      </div>
    );
  return (
    <p role="alert">
      <FormattedMessage
        id="error.load"
        values={{ message: error instanceof Error ? error.message : 'unknown' }}
      />
    </p>
  );
}
