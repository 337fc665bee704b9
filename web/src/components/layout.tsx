import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { LanguageSwitcher } from './language-switcher.tsx';

/** The frame of every page: a way past the header, the name, the navigation and the language switcher. */
export function Layout({ children }: { children: ReactNode }) {
  const intl = useIntl();
  return (
    <>
      <a className="skip-link" href="#main">
        <FormattedMessage id="nav.skip" />
      </a>
      <header className="site-header">
        <Link to="/" className="brand">
          <FormattedMessage id="app.name" />
        </Link>
        <nav aria-label={intl.formatMessage({ id: 'nav.label' })}>
          <Link to="/cases">
            <FormattedMessage id="nav.cases" />
          </Link>
        </nav>
        <LanguageSwitcher />
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
