import { useFormContext, useWatch } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { EvidenceSideSchema, EvidenceTypeSchema } from '../../../../../src/core/evidence/evidence.ts';
import { emptyQuickEvidence } from '../lib/quick-case-evidence.ts';
import { firstWords } from '../../../lib/format.ts';
import type { QuickAllegation } from '../lib/quick-case-allegations.ts';
import { SelectField, TextField } from './fields.tsx';
import { EvidenceLine } from './quick-case-event-line.tsx';
import { LaidOutRows } from './quick-case-fold.tsx';
import { newId } from './record-defaults.ts';

/**
 * The items of evidence the source tells of (an expert opinion a side commissioned, the videos a claim rests on), a
 * row each: what it is, who put it forward and who had it made, its name, and the claims it supports. Saved, each is
 * an item of the case found in the source; it is read against the offence's elements on the indictment matrix.
 */
export function QuickEvidenceRows() {
  return (
    <LaidOutRows
      list="evidence"
      messages={{
        legend: 'quick.evidence',
        hint: 'quick.evidenceHint',
        row: 'quick.evidenceN',
        remove: 'quick.removeEvidence',
        add: 'quick.addEvidence',
      }}
      make={() => emptyQuickEvidence(newId('evidence'))}
      line={(i) => <EvidenceLine i={i} />}
    >
      {(i) => <EvidenceFields i={i} />}
    </LaidOutRows>
  );
}

function EvidenceFields({ i }: { i: number }) {
  const name = `evidence.${String(i)}`;
  return (
    <>
      <div className="row">
        <SelectField
          name={`${name}.type`}
          label="forms.evidence.type"
          options={EvidenceTypeSchema.options}
          messages="forms.evidenceType"
        />
        <SelectField
          name={`${name}.side`}
          label="forms.evidence.side"
          options={EvidenceSideSchema.options}
          messages="forms.evidenceSide"
        />
        <SelectField
          name={`${name}.commissionedBy`}
          label="forms.evidence.commissionedBy"
          options={EvidenceSideSchema.options}
          messages="forms.evidenceSide"
          allowEmpty
        />
      </div>
      <TextField name={`${name}.title`} label="forms.evidence.title" />
      <TextField name={`${name}.description`} label="forms.field.evidence.description" multiline />
      <TickedClaims name={`${name}.allegations`} legend="quick.evidenceSupports" />
    </>
  );
}

/** The claims a row is tied to (those an item supports, those a document makes), ticked among the claims with words. */
export function TickedClaims({ name, legend }: { name: string; legend: string }) {
  const intl = useIntl();
  const { register } = useFormContext();
  const claims = ((useWatch({ name: 'allegations' }) as QuickAllegation[] | undefined) ?? []).map(
    (claim, n) => ({
      claim,
      n,
    }),
  );
  const worded = claims.filter(({ claim }) => claim.summary.trim() !== '');
  if (worded.length === 0) return null;
  return (
    <fieldset className="checkbox-group">
      <legend>
        <FormattedMessage id={legend} />
      </legend>
      {worded.map(({ claim, n }) => (
        <label key={claim.id} className="field inline">
          <input type="checkbox" value={claim.id} {...register(name)} />
          <span>
            {intl.formatMessage({ id: 'quick.allegationN' }, { n: n + 1 })}:{' '}
            <span className="record-text">{firstWords(claim.summary, 70)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
