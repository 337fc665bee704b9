import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ApiError } from '../../../lib/api-client.ts';
import type { CaseWarning } from '../../cases/components/case-warnings.tsx';
import { useSaveRecord, useStoredRecord } from '../api/records.ts';

type Acknowledged = { code: string; record: string; note: string; sources: unknown[] };

/**
 * Beside a warning of the case's facts, for an editor: notes it as it stands (the source leaves a charge's fate
 * open, say), with why. The note is written on the case, at the version read, so a change made meanwhile is not
 * overwritten; the warning is then shown apart, with its note.
 */
export function NoteWarning({ caseId, warning }: { caseId: string; warning: CaseWarning }) {
  const [isOpen, setOpen] = useState(false);
  if (!isOpen)
    return (
      <>
        {' '}
        <button type="button" className="link-button note-warning" onClick={() => setOpen(true)}>
          <FormattedMessage id="facts.note.open" />
        </button>
      </>
    );
  return <NoteWarningForm caseId={caseId} warning={warning} onDone={() => setOpen(false)} />;
}

function NoteWarningForm({
  caseId,
  warning,
  onDone,
}: {
  caseId: string;
  warning: CaseWarning;
  onDone: () => void;
}) {
  const intl = useIntl();
  const stored = useStoredRecord('case', caseId);
  const save = useSaveRecord('case');
  const [note, setNote] = useState(() => intl.formatMessage({ id: 'facts.note.default' }));
  const [error, setError] = useState<string>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const current = stored.data;
    if (current === undefined) return;
    if (note.trim() === '') {
      setError(intl.formatMessage({ id: 'facts.note.empty' }));
      return;
    }
    const record = current.record as Record<string, unknown> & { acknowledged?: Acknowledged[] };
    // A warning is noted once: a note given again replaces the one before.
    const others = (record.acknowledged ?? []).filter(
      (a) => !(a.code === warning.code && a.record === warning.record),
    );
    const noted = { code: warning.code, record: warning.record, note: note.trim(), sources: [] };
    save.mutate(
      { record: { ...record, acknowledged: [...others, noted] }, version: current.version },
      {
        onSuccess: onDone,
        onError: (failure) => {
          const isStale = failure instanceof ApiError && failure.status === 409;
          setError(isStale ? intl.formatMessage({ id: 'facts.note.conflict' }) : failure.message);
          if (isStale) void stored.refetch();
        },
      },
    );
  };
  return (
    <form className="note-warning-form" onSubmit={submit}>
      <label className="field">
        <span>
          <FormattedMessage id="facts.note.label" />
        </span>
        <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      {error !== undefined && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <button type="submit" className="button" disabled={stored.data === undefined || save.isPending}>
        <FormattedMessage id="facts.note.save" />
      </button>{' '}
      <button type="button" className="link-button" onClick={onDone}>
        <FormattedMessage id="facts.note.cancel" />
      </button>
    </form>
  );
}
