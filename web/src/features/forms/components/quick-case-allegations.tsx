import { FormattedMessage, useIntl } from 'react-intl';
import { useFormContext, useWatch } from 'react-hook-form';
import { useLocale } from '../../../lib/i18n.tsx';
import { AllegationTypeSchema } from '../../../../../src/core/allegation/allegation.ts';
import { chargeElements, elementTitle, emptyQuickAllegation } from '../lib/quick-case-allegations.ts';
import type { QuickCharge } from '../lib/quick-case.ts';
import { quickChargeName } from '../lib/quick-case-titles.ts';
import { SelectField, TextField } from './fields.tsx';
import { PartialDateInput } from './partial-date-input.tsx';
import { Rows } from './quick-case-row-list.tsx';
import { newId } from './record-defaults.ts';

/**
 * The prosecution's claims the source reports, a row each: its words in a line, speech or an act, and the charge it
 * serves, and the elements of that charge's offence it asserts (ticked as its words say them). Saved, each is an
 * allegation in the source, at its sentence, read against those elements on the case's indictment matrix.
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
  const [served, type] = useWatch({ name: [`${name}.charge`, `${name}.type`] }) as [string, string];
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
      <PartialDateInput name={`${name}.conductOn`} label="quick.allegationConductOn" isCompact />
      <TickedElements
        name={`${name}.elements`}
        charge={named.find(({ charge }) => charge.id === served)?.charge}
      />
      <TextField name={`${name}.note`} label="quick.allegationNote" multiline />
      {type === 'speech' && (
        <>
          <p className="hint">
            <FormattedMessage id="quick.allegationFindingHint" />
          </p>
          <div className="row">
            <SelectField
              name={`${name}.finding`}
              label="quick.allegationFinding"
              options={['protected', 'not_protected', 'undetermined']}
              messages="forms.speechFinding"
              allowEmpty
            />
            <TextField name={`${name}.reasoning`} label="quick.allegationReasoning" multiline />
          </div>
        </>
      )}
    </>
  );
}

/**
 * The elements of the served charge's offence a claim asserts, ticked among those the law data lists for its
 * article; nothing where it lists none, or the charge's article was changed since.
 */
function TickedElements({ name, charge }: { name: string; charge: QuickCharge | undefined }) {
  const { locale } = useLocale();
  const { register } = useFormContext();
  const listed = charge === undefined ? [] : chargeElements(charge);
  if (listed.length === 0) return null;
  return (
    <fieldset className="checkbox-group">
      <legend>
        <FormattedMessage id="quick.allegationElements" />
      </legend>
      <p className="hint">
        <FormattedMessage id="quick.allegationElementsHint" />
      </p>
      {listed.map((element) => (
        <label key={element.key} className="field inline">
          <input type="checkbox" value={element.key} {...register(name)} />
          <span>{elementTitle(element, locale)}</span>
        </label>
      ))}
    </fieldset>
  );
}
