import { useWatch } from 'react-hook-form';
import {
  AFFILIATION_KINDS,
  emptyQuickAffiliation,
  type QuickAffiliation,
} from '../lib/quick-case-affiliations.ts';
import { CheckboxField, SelectField, TextField } from './fields.tsx';
import { RecordPicker } from './record-picker.tsx';
import { newId } from './record-defaults.ts';
import { FoundAlready } from './quick-case-found.tsx';
import { DraftedFrom } from './quick-case-text.tsx';
import { OrganisationRowList } from './quick-case-authorities.tsx';

/**
 * Under a person recorded anew: the organisations the source says they belong to (a party they lead, a movement),
 * each one already recorded or a new one by its name as the source writes it, with their role in it and, for a new
 * one, whether the source says it works without registration.
 */
export function QuickAffiliationRows() {
  return (
    <div className="affiliation-rows">
      <OrganisationRowList
        list="affiliations"
        messages={{
          hint: 'quick.affiliationsHint',
          row: 'quick.affiliationN',
          remove: 'quick.removeAffiliation',
          add: 'quick.addAffiliation',
        }}
        make={() => emptyQuickAffiliation(newId('organisation'))}
      >
        {(i) => (
          <>
            <DraftedFrom name={`affiliations.${String(i)}`} />
            <AffiliationFields i={i} />
          </>
        )}
      </OrganisationRowList>
    </div>
  );
}

function AffiliationFields({ i }: { i: number }) {
  const name = `affiliations.${String(i)}`;
  const row = useWatch({ name }) as QuickAffiliation | undefined;
  return (
    <>
      <RecordPicker name={`${name}.existing`} label="quick.affiliationExisting" kind="organisation" />
      {row?.existing === '' && (
        <>
          <TextField name={`${name}.name`} label="quick.affiliationName" />
          <FoundAlready kind="organisation" typed={[row.name]} field={`${name}.existing`} />
          <SelectField
            name={`${name}.kind`}
            label="quick.affiliationKind"
            options={AFFILIATION_KINDS}
            messages="persons.organisationKind"
          />
          <CheckboxField name={`${name}.isUnregistered`} label="quick.affiliationUnregistered" />
        </>
      )}
      <TextField name={`${name}.role`} label="quick.affiliationRole" />
    </>
  );
}
