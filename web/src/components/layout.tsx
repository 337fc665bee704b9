import { useEffect, useRef, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useLocation } from 'react-router';
import { AccountMenu, NewRecordLinks } from '../features/auth/components/account-menu.tsx';
import { SearchBox } from '../features/search/components/search-box.tsx';
import { LanguageSwitcher } from './language-switcher.tsx';

/** The frame of every page: a way past the header, the name, the navigation and the language switcher. */
export function Layout({ children }: { children: ReactNode }) {
  const intl = useIntl();
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  // After moving to another page, the keyboard and a screen reader start at its content, as after a page load.
  useEffect(() => {
    if (first.current) first.current = false;
    else main.current?.focus();
  }, [pathname]);
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
          <Link to="/persons">
            <FormattedMessage id="lists.persons.nav" />
          </Link>
          <Link to="/exchange">
            <FormattedMessage id="exchange.nav" />
          </Link>
          <NewRecordLinks />
        </nav>
        <SearchBox />
        <AccountMenu />
        <LanguageSwitcher />
      </header>
      <main id="main" tabIndex={-1} ref={main}>
        {children}
      </main>
    </>
  );
}
