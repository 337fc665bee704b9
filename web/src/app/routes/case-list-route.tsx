import { useSearchParams } from 'react-router';
import { CaseList } from '../../features/cases/components/case-list.tsx';
import { readListPage } from '../../lib/url-state.ts';

/** /cases (and /): the case list, its page read from the URL. */
export function CaseListRoute() {
  const [params] = useSearchParams();
  return <CaseList page={readListPage(params)} />;
}
