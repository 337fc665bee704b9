import { useSearchParams } from 'react-router';
import { CaseListPage } from '../../features/lists/components/case-list-page.tsx';
import { readCaseList } from '../../features/lists/lib/list-state.ts';

/** /cases (and /): the case list, its filters, sort and page read from the URL. */
export function CaseListRoute() {
  const [params] = useSearchParams();
  return <CaseListPage state={readCaseList(params)} />;
}
