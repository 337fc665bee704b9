import { useSearchParams } from 'react-router';
import { PersonListPage } from '../../features/lists/components/person-list-page.tsx';
import { readPersonList } from '../../features/lists/lib/list-state.ts';

/** /persons: the person list, its filters, sort and page read from the URL. */
export function PersonListRoute() {
  const [params] = useSearchParams();
  return <PersonListPage state={readPersonList(params)} />;
}
