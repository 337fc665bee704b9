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
  if (error instanceof ApiError && error.status === 404) return <NotFound text={notFound} />;
  return (
    <p role="alert">
      <FormattedMessage
        id="error.load"
        values={{ message: error instanceof Error ? error.message : 'unknown' }}
      />
    </p>
  );
}

/** A page that is not there, said plainly: what was not found, in the page's words where it has its own. */
export function NotFound({ text }: { text?: string | undefined }) {
  return (
    <div role="alert">
      <h1>
        <FormattedMessage id="error.notFound" />
      </h1>
      <p>
        <FormattedMessage id={text ?? 'error.notFoundText'} />
      </p>
    </div>
  );
}
