import { useParams } from 'react-router';
import { useMe } from '../../features/auth/api/auth.ts';
import { ExchangePage } from '../../features/exchange/components/exchange-page.tsx';
import { historyCollectionOf } from '../../features/history/api/history.ts';
import { RecordEditLinks } from '../../features/forms/components/record-edit-links.tsx';
import { HistoryPage } from '../../features/history/components/history-page.tsx';
import { OrganisationPage } from '../../features/persons/components/organisation-page.tsx';
import { PersonPage } from '../../features/persons/components/person-page.tsx';
import { NotFoundRoute } from './not-found-route.tsx';

/** /persons/:id: a person's names, affiliations and cases. */
export function PersonRoute() {
  const { id = '' } = useParams();
  const me = useMe();
  return (
    <>
      <PersonPage key={id} id={id} />
      {me.data?.user && <RecordEditLinks kind="person" id={id} />}
    </>
  );
}

/** /organisations/:id: an organisation's names and what it is. */
export function OrganisationRoute() {
  const { id = '' } = useParams();
  const me = useMe();
  return (
    <>
      <OrganisationPage key={id} id={id} />
      {me.data?.user && <RecordEditLinks kind="organisation" id={id} />}
    </>
  );
}

/** /history/:collection/:id: a record's revisions; an unknown collection is a page not found. */
export function HistoryRoute() {
  const { collection, id = '' } = useParams();
  const known = historyCollectionOf(collection);
  return known ? <HistoryPage key={`${known}/${id}`} collection={known} id={id} /> : <NotFoundRoute />;
}

/** /exchange: import a bundle, download the open data or the backup. */
export function ExchangeRoute() {
  return <ExchangePage />;
}
