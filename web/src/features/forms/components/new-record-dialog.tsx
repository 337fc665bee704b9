import { useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { FormattedMessage, useIntl } from 'react-intl';
import { languageOf } from '../../../lib/locale.ts';
import type { FormKind } from '../api/records.ts';
import { newRecordValues } from './record-defaults.ts';
import { RecordForm } from './record-form.tsx';

/**
 * A new record made where it is wanted: the kind's whole form in a modal dialog over the form that names it,
 * started with the words typed in its picker. Saved, it closes and gives the new record's id; closed unsaved
 * ("Cancel", or Escape while nothing has been typed in it), it writes nothing. Escape does not throw away what was
 * typed (it also closes a list of suggestions, and a key meant for one must not cost a form): it says how to leave.
 * The form that opened it is left as it was, its values kept.
 */
export function NewRecordDialog({
  kind,
  typed,
  onCreated,
  onClose,
}: {
  kind: FormKind;
  /** The words typed in the picker: the new record's first name or title. */
  typed: string;
  onCreated: (id: string) => void;
  /** Called once the dialog has closed, saved or not. */
  onClose: () => void;
}) {
  const intl = useIntl();
  const ref = useRef<HTMLDialogElement>(null);
  const closed = useRef(onClose);
  closed.current = onClose;
  const language = languageOf(intl.locale);
  const values = useMemo(
    () =>
      newRecordValues(kind, undefined, new URLSearchParams(typed !== '' ? { name: typed } : {}), language),
    [kind, typed, language],
  );

  const [isKept, setKept] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    // Modal: the page behind cannot be reached until the dialog is closed.
    if (!dialog.open) dialog.showModal();
    // Whether the user has typed or chosen anything in it (its followers fill some fields in by themselves).
    let isTyped = false;
    const onInput = (e: Event) => {
      if (e.isTrusted) isTyped = true;
    };
    const onCancel = (e: Event) => {
      if (!isTyped) return;
      e.preventDefault();
      setKept(true);
    };
    const onDialogClose = () => closed.current();
    dialog.addEventListener('input', onInput);
    dialog.addEventListener('change', onInput);
    dialog.addEventListener('cancel', onCancel);
    dialog.addEventListener('close', onDialogClose);
    return () => {
      dialog.removeEventListener('input', onInput);
      dialog.removeEventListener('change', onInput);
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('close', onDialogClose);
      if (dialog.open) dialog.close();
    };
  }, []);

  const title = intl.formatMessage(
    { id: 'forms.new' },
    { kind: intl.formatMessage({ id: `forms.kind.${kind}` }) },
  );
  return createPortal(
    <dialog ref={ref} className="record-dialog" aria-label={title}>
      <RecordForm
        kind={kind}
        values={values}
        version={undefined}
        onSaved={(record) => {
          onCreated(String(record.id));
          ref.current?.close();
        }}
      />
      {isKept && (
        <p role="status" className="hint">
          <FormattedMessage id="forms.dialog.kept" />
        </p>
      )}
      <button type="button" className="dialog-cancel" onClick={() => ref.current?.close()}>
        <FormattedMessage id="forms.dialog.cancel" />
      </button>
    </dialog>,
    document.body,
  );
}
