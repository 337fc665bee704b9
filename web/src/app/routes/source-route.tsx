import { useEffect, useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { SourceBesideCase } from '../../features/cases/components/source-beside-case.tsx';
import { RecordedNotice } from '../../features/cases/components/recorded-notice.tsx';
import type { KeptText } from '../../features/forms/lib/quick-case-saved.ts';
import { useMe } from '../../features/auth/api/auth.ts';
import { canWrite } from '../../lib/api-write.ts';

/**
 * /cases/:id/sources/:source: a source of the case read beside what the case records of it. A case just recorded
 * from the source's text opens here, saying what was saved, to be checked against the text in one reading, and how
 * to go on to the case page.
 */
export function SourceRoute() {
  const { id = '', source = '' } = useParams();
  const location = useLocation();
  const me = useMe();
  // Said once, on arriving from the save: the state is the save's.
  const [saved] = useState(
    () =>
      location.state as {
        recorded?: Record<string, number>;
        kept?: KeptText;
        caseAt?: string;
        checked?: { ticked: number; rows: number };
      } | null,
  );
  useEffect(() => {
    if (saved?.recorded !== undefined) window.scrollTo({ top: 0 });
  }, [saved]);
  return (
    <>
      {saved?.recorded !== undefined && (
        <RecordedNotice
          counts={saved.recorded}
          cited={undefined}
          kept={saved.kept}
          checked={saved.checked}
          isBeside
          next={{ to: saved.caseAt ?? `/cases/${encodeURIComponent(id)}`, label: 'case.recorded.toCase' }}
        />
      )}
      <SourceBesideCase caseId={id} sourceId={source} canChange={canWrite(me.data)} />
    </>
  );
}
