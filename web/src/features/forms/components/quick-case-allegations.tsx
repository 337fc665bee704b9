import { useIntl } from 'react-intl';
import { useWatch } from 'react-hook-form';
import { AllegationTypeSchema } from '../../../../../src/core/allegation/allegation.ts';
import { emptyQuickAllegation } from '../lib/quick-case-allegations.ts';
import type { QuickCharge } from '../lib/quick-case.ts';
import { quickChargeName } from '../lib/quick-case-titles.ts';
import { SelectField, TextField } from './fields.tsx';
import { Rows } from './quick-case-row-list.tsx';
import { newId } from './record-defaults.ts';

/**
 * The prosecution's claims the source reports, a row each: its words in a line, speech or an act, and the charge it
 * serves. Saved, each is an allegation in the source, at its sentence; the elements of the offence it is meant to
 * establish are ticked on its own form, and it is read against them on the case's indictment matrix.
 */
export function QuickAllegationRows() {
  return (
    <Rows
      name="allegations"
      legend="quick.allegations"
      hint="quick.allegationsHint"
      row="quick.allegationN"
      remove="quick.removeAllegation"
      add={() => ({
        label: 'quick.addAllegation',
        make: () => ({ ...emptyQuickAllegation(newId('allegation')) }),
      })}
    >
      {(i) => <AllegationRow i={i} />}
    </Rows>
  );
}

function AllegationRow({ i }: { i: number }) {
  const intl = useIntl();
  const name = `allegations.${String(i)}`;
  const charges = (useWatch({ name: 'charges' }) as QuickCharge[]).map((charge, n) => ({ charge, n }));
  const named = charges.filter(({ charge }) => charge.article.article.trim() !== '');
  return (
    <>
      <TextField name={`${name}.summary`} label="quick.allegationSummary" multiline />
      <div className="row">
        <SelectField
          name={`${name}.type`}
          label="forms.allegation.type"
          options={AllegationTypeSchema.options}
          messages="forms.allegationType"
        />
        <SelectField
          name={`${name}.charge`}
          label="quick.allegationCharge"
          options={named.map(({ charge }) => charge.id)}
          labels={Object.fromEntries(
            named.map(({ charge, n }) => [charge.id, quickChargeName(intl, charge, n)]),
          )}
          allowEmpty
        />
      </div>
    </>
  );
}
