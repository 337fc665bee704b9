import { useWatch } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { emptyQuickDocument, type QuickDocument } from '../lib/quick-case-documents.ts';
import { DocumentKindSchema } from '../../../../../src/core/source/source.ts';
import { SelectField, TextField } from './fields.tsx';
import { TickedClaims } from './quick-case-evidence.tsx';
import { claimNames } from './quick-case-event-line.tsx';
import { LaidOutRows } from './quick-case-fold.tsx';
import { LineParts } from './quick-case-line-parts.tsx';
import { newId } from './record-defaults.ts';

/**
 * The prosecution's documents the source tells of without being them (the indictment), a row each: its kind, its
 * title, its pages, and the claims made in it. Saved, each is a source of the case known only from this one, and the claims
 * ticked are recorded as made in it, citing the sentences of this source that tell of them.
 */
export function QuickDocumentRows() {
  return (
    <LaidOutRows
      list="documents"
      messages={{
        legend: 'quick.documents',
        hint: 'quick.documentsHint',
        row: 'quick.documentN',
        remove: 'quick.removeDocument',
        add: 'quick.addDocument',
      }}
      make={() => emptyQuickDocument(newId('source'))}
      line={(i) => <DocumentLine i={i} />}
    >
      {(i) => (
        <>
          <div className="row">
            <SelectField
              name={`documents.${String(i)}.kind`}
              label="forms.source.documentKind"
              options={DocumentKindSchema.options}
              messages="forms.documentKind"
            />
            <TextField name={`documents.${String(i)}.title`} label="quick.document.titleField" />
            <TextField
              name={`documents.${String(i)}.pageCount`}
              label="forms.source.pageCount"
              type="number"
            />
          </div>
          <TickedClaims name={`documents.${String(i)}.allegations`} legend="quick.document.claims" />
        </>
      )}
    </LaidOutRows>
  );
}

/** A document's line beside its sentence: what it is, its pages, and the claims made in it. */
export function DocumentLine({ i }: { i: number }) {
  const intl = useIntl();
  const [row, claims] = useWatch({ name: [`documents.${String(i)}`, 'allegations'] }) as [
    QuickDocument | undefined,
    { id: string }[] | undefined,
  ];
  if (row === undefined) return null;
  const names = claimNames(intl, row.allegations, claims);
  const pages = Number(row.pageCount);
  const parts = [
    intl.formatMessage({ id: `forms.documentKind.${row.kind}` }),
    Number.isInteger(pages) && pages > 0
      ? intl.formatMessage({ id: 'quick.row.pages' }, { count: pages })
      : '',
    intl.formatMessage({ id: 'quick.row.knownFromSource' }),
    names.length > 0
      ? intl.formatMessage({ id: 'quick.row.claimsMadeIn' }, { claims: intl.formatList(names) })
      : intl.formatMessage({ id: 'quick.row.noClaimsMadeIn' }),
  ];
  return <LineParts parts={parts} />;
}
