import { useParams } from 'react-router';
import { MatrixPage } from '../../features/matrix/components/matrix-page.tsx';

/** /cases/:id/matrix: the indictment matrix of the case. */
export function MatrixRoute() {
  const { id = '' } = useParams();
  return <MatrixPage id={id} />;
}
