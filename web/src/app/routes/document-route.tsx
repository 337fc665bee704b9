import { useParams } from 'react-router';
import { useMe } from '../../features/auth/api/auth.ts';
import { DocumentViewer } from '../../features/documents/components/document-viewer.tsx';
import { canWrite } from '../../lib/api-write.ts';

/** /documents/:id?page=N: a stored document's viewer. */
export function DocumentRoute() {
  const { id = '' } = useParams();
  const me = useMe();
  return <DocumentViewer key={id} id={id} canEdit={canWrite(me.data)} />;
}
