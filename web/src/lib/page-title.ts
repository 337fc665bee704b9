import { useEffect } from 'react';
import { useIntl } from 'react-intl';

/** The browser tab's title for a page: its own words, then the application's name; unchanged until known. */
export function usePageTitle(title: string | undefined): void {
  const intl = useIntl();
  useEffect(() => {
    if (title !== undefined) document.title = `${title} · ${intl.formatMessage({ id: 'app.name' })}`;
  }, [title, intl]);
}
