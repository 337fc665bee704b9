import type { ReactNode } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { FormattedMessage } from 'react-intl';
import { useAsReadParagraph } from './quick-case-as-read.tsx';
import { DraftedFrom } from './quick-case-text.tsx';
import { AtItsLine, useRemoveRow } from './quick-case-at-line.tsx';

/** A row's boxes folded to its line (what it records, as the text laid out above says it), opened to change it. */
export function FoldedToLine({ line, children }: { line: ReactNode; children: ReactNode }) {
  return (
    <details className="row-fold">
      <summary>
        {line}{' '}
        <span className="row-change">
          <FormattedMessage id="quick.row.change" />
        </span>
      </summary>
      {children}
    </details>
  );
}

/** The data attribute a row of each list is marked with (`data-event-row`). */
const ROW_DATA = { events: 'event', evidence: 'evidence', documents: 'document' } as const;

/**
 * A list of rows told of beside the case (its events, its evidence), under its legend and hint, each in its titled
 * group with its remove button, and a button that adds one. A row read from a sentence of the text laid out above is
 * folded to its line, which is read there beside the sentence, and opened to change it.
 */
export function LaidOutRows({
  list,
  messages,
  make,
  line,
  children,
}: {
  list: 'events' | 'evidence' | 'documents';
  messages: { legend: string; hint: string; row: string; remove: string; add: string };
  make: () => object;
  line: (i: number) => ReactNode;
  children: (i: number) => ReactNode;
}) {
  const { control } = useFormContext();
  const rows = useFieldArray({ control, name: list });
  const removeRow = useRemoveRow(rows.remove);
  return (
    <fieldset className="field-group">
      <legend>
        <FormattedMessage id={messages.legend} />
      </legend>
      <p className="hint">
        <FormattedMessage id={messages.hint} />
      </p>
      {rows.fields.map((field, i) => (
        <AtItsLine key={field.id} place={`${list}.${String(i)}`}>
          <fieldset className={`field-group ${list}-row`} {...{ [`data-${ROW_DATA[list]}-row`]: i }}>
            <legend>
              <FormattedMessage id={messages.row} values={{ n: i + 1 }} />
            </legend>
            <LaidOutRow name={`${list}.${String(i)}`} line={line(i)}>
              {/* Where its sentence is, said once the row is opened: folded, its line says what it records. */}
              <DraftedFrom name={`${list}.${String(i)}`} />
              {children(i)}
              <button type="button" className="link-button" onClick={() => removeRow(i)}>
                <FormattedMessage id={messages.remove} values={{ n: i + 1 }} />
              </button>
            </LaidOutRow>
          </fieldset>
        </AtItsLine>
      ))}
      <button type="button" className="link-button" onClick={() => rows.append(make())}>
        <FormattedMessage id={messages.add} />
      </button>
    </fieldset>
  );
}

/** A row's boxes, folded to its line where its sentence is in the text laid out above. */
function LaidOutRow({ name, line, children }: { name: string; line: ReactNode; children: ReactNode }) {
  const quote = useWatch({ name: `${name}.quote` }) as string | undefined;
  if (useAsReadParagraph(quote) === undefined) return <>{children}</>;
  return <FoldedToLine line={line}>{children}</FoldedToLine>;
}
