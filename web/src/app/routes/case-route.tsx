import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { CasePage } from '../../features/cases/components/case-page.tsx';
import { useMe } from '../../features/auth/api/auth.ts';
import { DocumentsSection } from '../../features/documents/components/documents-section.tsx';
import {
  CaseEditLinks,
  RecordRowActions,
  TableAddActions,
} from '../../features/forms/components/case-edit-links.tsx';
import { canWrite } from '../../lib/api-write.ts';
import { NoteWarning } from '../../features/forms/components/note-warning.tsx';
import { useHistory } from '../../features/history/api/history.ts';
import { readAsOf, rememberAsOf, rememberedAsOf, sourceBesidePath, withAsOf } from '../../lib/url-state.ts';
import type { KeptText } from '../../features/forms/lib/quick-case-saved.ts';
import { RecordedNotice } from '../../features/cases/components/recorded-notice.tsx';

/** /cases/:id?asOf=YYYY-MM-DD: the case page; the "as of" day is kept in the URL. */
export function CaseRoute() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const me = useMe();
  const intl = useIntl();
  const location = useLocation();
  // Back from saving an edit opened on this page, the case reads as of the day it was being read as of.
  const isBackFromSave = (location.state as { saved?: boolean } | null)?.saved === true;
  const asOf = readAsOf(params) ?? (isBackFromSave ? rememberedAsOf(id) : undefined);
  useEffect(() => {
    rememberAsOf(id, asOf);
    // The day is then kept in the URL, as a day chosen on the page is.
    if (asOf !== undefined && readAsOf(params) === undefined)
      setParams(withAsOf(params, asOf), { replace: true });
  }, [id, asOf, params, setParams]);
  const { recorded, cited, kept, source } =
    (location.state as {
      recorded?: Record<string, number>;
      cited?: number;
      kept?: KeptText;
      source?: string;
    } | null) ?? {};
  // Said once on arriving back from a save, though the URL is then rewritten with the day.
  const [isSaved] = useState(isBackFromSave);
  // Back from a save, the page opens at its top, where it says so, not where the form had been scrolled to.
  useEffect(() => {
    if (isSaved) window.scrollTo({ top: 0 });
  }, [isSaved]);
  return (
    <>
      {recorded !== undefined && (
        <RecordedNotice
          counts={recorded}
          cited={cited}
          kept={kept}
          next={
            source === undefined || source === ''
              ? undefined
              : { to: sourceBesidePath(id, source), label: 'case.recorded.checkBeside' }
          }
        />
      )}
      {isSaved && (
        <p role="status" className="saved-notice edit-saved">
          {intl.formatMessage({ id: 'forms.saved' })}
        </p>
      )}
      <CasePage
        id={id}
        asOf={asOf}
        onAsOfChange={(day) => setParams(withAsOf(params, day), { replace: true })}
        rowActions={
          canWrite(me.data)
            ? (kind, record) => <RecordRowActions caseId={id} kind={kind} id={record} />
            : undefined
        }
        tableActions={canWrite(me.data) ? (kind) => <TableAddActions caseId={id} kind={kind} /> : undefined}
        warningActions={
          canWrite(me.data) ? (warning) => <NoteWarning caseId={id} warning={warning} /> : undefined
        }
        headerActions={
          me.data?.user && (
            <>
              <FirstRecorded id={id} />
              {canWrite(me.data) && (
                <p>
                  {/* A text about the case: read into the form of one source, laid over this case. */}
                  <Link
                    to={`/cases/from-source?${new URLSearchParams({ into: id }).toString()}`}
                    className="button"
                  >
                    {intl.formatMessage({ id: 'case.addFromSource' })}
                  </Link>{' '}
                  <span className="hint">{intl.formatMessage({ id: 'case.addFromSourceHint' })}</span>
                </p>
              )}
            </>
          )
        }
      />
      <DocumentsSection key={id} caseId={id} canUpload={canWrite(me.data)} />
      {me.data?.user && <CaseEditLinks caseId={id} />}
    </>
  );
}

/**
 * Under a case's title, for those signed in: when the case was first recorded, by whom and why ("demo data, loaded
 * on first start from mamay.bundle.json"), so a reader knows where the record came from before reading it.
 */
function FirstRecorded({ id }: { id: string }) {
  const intl = useIntl();
  const first = useHistory('cases', id).data?.entries[0];
  if (first === undefined) return null;
  // Who and why are the record's own words, not the interface's.
  const values = {
    date: intl.formatDate(first.at, { dateStyle: 'long' }),
    who: <span className="record-text">{first.actorName ?? first.actor}</span>,
    reason: <span className="record-text">{first.reason ?? ''}</span>,
  };
  return (
    <p className="muted first-recorded">
      <FormattedMessage
        id={first.reason !== undefined ? 'case.firstRecorded' : 'case.firstRecordedBy'}
        values={values}
      />
    </p>
  );
}
