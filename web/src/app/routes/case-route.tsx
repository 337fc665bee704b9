import { useParams, useSearchParams } from 'react-router';
import { CasePage } from '../../features/cases/components/case-page.tsx';
import { readAsOf, withAsOf } from '../../lib/url-state.ts';

/** /cases/:id?asOf=YYYY-MM-DD: the case page; the "as of" day is kept in the URL. */
export function CaseRoute() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  return (
    <CasePage
      id={id}
      asOf={readAsOf(params)}
      onAsOfChange={(day) => setParams(withAsOf(params, day), { replace: true })}
    />
  );
}
