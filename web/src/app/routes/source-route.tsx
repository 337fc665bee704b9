import { useParams } from 'react-router';
import { SourceBesideCase } from '../../features/cases/components/source-beside-case.tsx';

/** /cases/:id/sources/:source: a source of the case read beside what the case records of it. */
export function SourceRoute() {
  const { id = '', source = '' } = useParams();
  return <SourceBesideCase caseId={id} sourceId={source} />;
}
