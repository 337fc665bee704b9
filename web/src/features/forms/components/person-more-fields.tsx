import { CountryField } from './country-field.tsx';
import type { ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { FoldedGroup, SelectField, TextField } from './fields.tsx';
import { ListField } from './list-field.tsx';
import { ObjectListField } from './object-list-field.tsx';
import { PeriodFields } from './period-fields.tsx';
import { RecordPicker } from './record-picker.tsx';
import { SourcesFields } from './sources-fields.tsx';

const GENDERS = ['female', 'male', 'other', 'unknown'] as const;

/**
 * What a person form adds to the names: gender, citizenship, how to reach them (restricted unless the record's
 * visibility controls below say otherwise) and their ties to organisations over time.
 */
export function PersonMoreFields() {
  return (
    <>
      <SelectField
        name="gender"
        label="forms.person.gender"
        options={GENDERS}
        messages="forms.gender"
        allowEmpty
      />
      <ListField
        name="citizenship"
        legend="forms.field.person.citizenship"
        add="forms.person.addCitizenship"
        item={(n) => <CountryField name={n} />}
      />
      <ContactFields>
        <p className="hint">
          <FormattedMessage id="forms.person.contactHint" />
        </p>
        <ListField
          name="contact.phones"
          legend="forms.person.phones"
          add="forms.person.addPhone"
          item={(n) => <TextField name={n} label="forms.person.phone" />}
        />
        <ListField
          name="contact.emails"
          legend="forms.person.emails"
          add="forms.person.addEmail"
          item={(n) => <TextField name={n} label="forms.person.email" />}
        />
        <TextField name="contact.address" label="forms.person.address" multiline />
      </ContactFields>
      <AffiliationsFields />
    </>
  );
}

/** How to reach a person, folded under how many ways are recorded until opened: open at first when any is. */
function ContactFields({ children }: { children: ReactNode }) {
  const intl = useIntl();
  const contact = (useWatch({ name: 'contact' }) ?? {}) as {
    phones?: unknown[];
    emails?: unknown[];
    address?: string;
  };
  const count = (value: { phones?: unknown[]; emails?: unknown[]; address?: string } | undefined) =>
    (value?.phones?.length ?? 0) +
    (value?.emails?.length ?? 0) +
    ((value?.address ?? '').trim() !== '' ? 1 : 0);
  return (
    <FoldedGroup
      legend="forms.field.person.contact"
      state={intl.formatMessage({ id: 'forms.person.contactState' }, { count: count(contact) })}
      isOpenAtFirst={count(contact) > 0}
    >
      {children}
    </FoldedGroup>
  );
}

/** A person's ties to organisations: which, in what role, over what period, on what sources. */
function AffiliationsFields() {
  return (
    <ObjectListField
      name="affiliations"
      legend="forms.person.affiliations"
      add="forms.person.addAffiliation"
      empty={{ organisation: '', role: '', sources: [] }}
      row={(p) => (
        <>
          <RecordPicker name={`${p}.organisation`} label="forms.ref.organisation" kind="organisation" />
          <TextField name={`${p}.role`} label="forms.person.affiliationRole" />
          <PeriodFields name={`${p}.period`} />
          <SourcesFields name={`${p}.sources`} />
        </>
      )}
    />
  );
}
