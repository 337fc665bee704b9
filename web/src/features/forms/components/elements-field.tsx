import { useController, useFormContext } from 'react-hook-form';
import { FormattedMessage } from 'react-intl';
import { useLocale } from '../../../lib/i18n.tsx';
import { useChargeElements } from '../../documents/api/documents.ts';
import { isRecordId } from '../api/record-options.ts';
import { elementChoices, toggleElement } from '../../documents/lib/elements-checklist.ts';
import { FieldErrorText } from './fields.tsx';

/**
 * The elements of the chosen charge's offence as boxes to check, titled from the law data in the reader's
 * language; says so when no charge is chosen or the law data holds no elements for its article.
 */
export function ElementsField({ name, chargeId }: { name: string; chargeId: string | undefined }) {
  const { locale } = useLocale();
  const { control } = useFormContext();
  const { field } = useController({ control, name });
  const chosen = Array.isArray(field.value) ? (field.value as string[]) : [];
  const answer = useChargeElements(chargeId, locale);
  const elements = answer.data?.elements ?? [];
  const choices = elementChoices(elements, chosen);
  let note: string | undefined;
  // Words typed to find a charge are not one yet.
  if (chargeId === undefined || !isRecordId(chargeId)) note = 'forms.allegation.elements.noCharge';
  else if (answer.isPending) note = 'common.loading';
  else if (answer.isError) note = 'forms.allegation.elements.unavailable';
  else if (answer.data?.isHeld === false || elements.length === 0) note = 'forms.allegation.elements.notHeld';
  return (
    <fieldset className="field-group elements-field" data-field={name}>
      <legend>
        <FormattedMessage id="forms.allegation.elements" />
      </legend>
      {note !== undefined && (
        <p className="hint" role="status">
          <FormattedMessage id={note} />
        </p>
      )}
      <ul className="checklist">
        {choices.map((choice) => (
          <li key={choice.key}>
            <label className="field inline">
              <input
                type="checkbox"
                value={choice.key}
                checked={choice.isChecked}
                onChange={(e) =>
                  field.onChange(toggleElement(elements, chosen, choice.key, e.target.checked))
                }
              />
              <span>
                {choice.title}
                {choice.alternatives !== undefined && (
                  <span className="muted"> ({choice.alternatives.join('; ')})</span>
                )}
                {choice.isUnknown && (
                  <span className="muted">
                    {' '}
                    <FormattedMessage id="forms.allegation.elements.unknown" />
                  </span>
                )}
              </span>
            </label>
          </li>
        ))}
      </ul>
      <FieldErrorText name={name} />
    </fieldset>
  );
}
