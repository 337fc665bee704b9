import type { ReactNode } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { AUTHORITY_ROLES, emptyQuickAuthority, type QuickAuthority } from '../lib/quick-case-authorities.ts';
import type { QuickCharge, QuickHearing } from '../lib/quick-case.ts';
import { quickChargeName } from '../lib/quick-case-titles.ts';
import { FieldGroup, SelectField, TextField } from './fields.tsx';
import { RecordPicker } from './record-picker.tsx';
import { newId } from './record-defaults.ts';
import { FoundAlready } from './quick-case-found.tsx';
import { DraftedFrom } from './quick-case-text.tsx';
import { AtItsLine, useRemoveRow } from './quick-case-at-line.tsx';
import { AuthorityInCase, useHeldAuthority } from './quick-case-into.tsx';
import { OrganisationLine, useAsReadParagraph } from './quick-case-as-read.tsx';
import { FoldedToLine } from './quick-case-fold.tsx';

/**
 * The investigators, prosecutors and courts the source names: each one already recorded, or a new one by its name
 * as the source writes it, with what it did in the case; one the text says brought a charge is that charge's
 * authority of its bringing.
 */
export function QuickAuthorityRows() {
  return (
    <FieldGroup legend="quick.authorities">
      <OrganisationRowList
        list="authorities"
        messages={{
          hint: 'quick.authoritiesHint',
          row: 'quick.authorityN',
          remove: 'quick.removeAuthority',
          add: 'quick.addAuthority',
        }}
        make={() => emptyQuickAuthority(newId('organisation'))}
      >
        {(i) => (
          <>
            <AuthorityInCase i={i} />
            <DraftedFrom name={`authorities.${String(i)}`} />
            <AuthorityFields i={i} />
          </>
        )}
      </OrganisationRowList>
    </FieldGroup>
  );
}

/**
 * Rows of organisations the source names (the case's authorities, the person's party), each in its titled group
 * with its remove button, under a hint, and a button that adds one: `messages` name them, `make` makes a new row.
 */
export function OrganisationRowList({
  list,
  messages,
  make,
  children,
}: {
  list: 'authorities' | 'affiliations';
  messages: { hint: string; row: string; remove: string; add: string };
  make: () => object;
  children: (i: number) => ReactNode;
}) {
  const { control } = useFormContext();
  const rows = useFieldArray({ control, name: list });
  const removeRow = useRemoveRow(rows.remove);
  const kind = list === 'authorities' ? 'authority' : 'affiliation';
  return (
    <>
      <p className="hint">
        <FormattedMessage id={messages.hint} />
      </p>
      {rows.fields.map((field, i) => (
        <AtItsLine key={field.id} place={`${list}.${String(i)}`}>
          <fieldset className={`field-group ${kind}-row`} {...{ [`data-${kind}-row`]: i }}>
            <legend>
              <FormattedMessage id={messages.row} values={{ n: i + 1 }} />
            </legend>
            <LaidOutFold list={list} i={i}>
              {children(i)}
              <button type="button" className="link-button" onClick={() => removeRow(i)}>
                <FormattedMessage id={messages.remove} values={{ n: i + 1 }} />
              </button>
            </LaidOutFold>
          </fieldset>
        </AtItsLine>
      ))}
      <button type="button" className="link-button" onClick={() => rows.append(make())}>
        <FormattedMessage id={messages.add} />
      </button>
    </>
  );
}

/**
 * An organisation's boxes; one read from a sentence of the text laid out above, where its line is read beside the
 * sentence, folded to that line, and opened to change it.
 */
function LaidOutFold({
  list,
  i,
  children,
}: {
  list: 'authorities' | 'affiliations';
  i: number;
  children: ReactNode;
}) {
  const quote = useWatch({ name: `${list}.${String(i)}.quote` }) as string | undefined;
  if (useAsReadParagraph(quote) === undefined) return <>{children}</>;
  return <FoldedToLine line={<OrganisationLine list={list} i={i} />}>{children}</FoldedToLine>;
}

function AuthorityFields({ i }: { i: number }) {
  const intl = useIntl();
  const name = `authorities.${String(i)}`;
  const [row, charges, hearings] = useWatch({ name: [name, 'charges', 'hearings'] }) as [
    QuickAuthority | undefined,
    QuickCharge[],
    QuickHearing[],
  ];
  const brought = (row?.charges ?? []).flatMap((id) => {
    const at = charges.findIndex((c) => c.id === id);
    return at >= 0 ? [quickChargeName(intl, charges[at], at)] : [];
  });
  const held = (row?.hearings ?? []).flatMap((id) => {
    const at = hearings.findIndex((h) => h.id === id);
    return at >= 0 ? [intl.formatMessage({ id: 'quick.hearingN' }, { n: at + 1 })] : [];
  });
  // One the case the text is added to names already is that one: not to be picked or named again.
  const isHeld = useHeldAuthority(i) !== undefined;
  return (
    <>
      {!isHeld && (
        <RecordPicker name={`${name}.existing`} label="quick.authorityExisting" kind="organisation" />
      )}
      {row?.existing === '' && !isHeld && (
        <>
          <TextField name={`${name}.name`} label="quick.authorityName" />
          <FoundAlready kind="organisation" typed={[row.name]} field={`${name}.existing`} />
        </>
      )}
      <SelectField
        name={`${name}.role`}
        label="quick.authorityRole"
        options={AUTHORITY_ROLES}
        messages="forms.authorityRole"
      />
      {brought.length > 0 && (
        <p className="hint authority-brought">
          <FormattedMessage id="quick.authorityBrought" values={{ charges: intl.formatList(brought) }} />
        </p>
      )}
      {held.length > 0 && row?.role.startsWith('court') === true && (
        <p className="hint authority-held">
          <FormattedMessage id="quick.authorityHeld" values={{ hearings: intl.formatList(held) }} />
        </p>
      )}
    </>
  );
}
