import { useEffect, useMemo, useRef } from 'react';
import { createPortal } from 'react-dom';
import { FormattedMessage, useIntl } from 'react-intl';
import { languageOf } from '../../../lib/locale.ts';
import type { FormKind } from '../api/records.ts';
import { newRecordValues } from './record-defaults.ts';
import { RecordForm } from './record-form.tsx';

/**
 * A new record made where it is wanted: the kind's whole form in a modal dialog over the form that names it,
 * started with the words typed in its picker. Saved, it closes and gives the new record's id; closed unsaved
 * (Escape, "Cancel"), it writes nothing. The form that opened it is left as it was, its values kept.
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

  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    // Modal: the page behind cannot be reached until the dialog is closed, and Escape closes it.
    if (!dialog.open) dialog.showModal();
    const onDialogClose = () => closed.current();
    dialog.addEventListener('close', onDialogClose);
    return () => {
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
      <button type="button" className="dialog-cancel" onClick={() => ref.current?.close()}>
        <FormattedMessage id="forms.dialog.cancel" />
      </button>
    </dialog>,
    document.body,
  );
}
