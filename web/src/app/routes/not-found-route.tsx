import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';

/** Any address the application does not know. */
export function NotFoundRoute() {
  return (
    <div>
      <h1>
        <FormattedMessage id="error.notFound" />
      </h1>
      <p>
        <FormattedMessage id="error.notFoundText" />
      </p>
      <Link to="/cases">
        <FormattedMessage id="nav.cases" />
      </Link>
    </div>
  );
}
