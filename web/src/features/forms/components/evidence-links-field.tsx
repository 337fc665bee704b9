import { useQuery } from '@tanstack/react-query';
import { useController, useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { EvidenceStanceSchema } from '../../../../../src/core/evidence/evidence.ts';
import { answerOf } from '../../../lib/api-answer.ts';
import { api } from '../../../lib/api.ts';
import { useLocale } from '../../../lib/i18n.tsx';
import { useChargeElements } from '../../documents/api/documents.ts';
import { FieldErrorText, SelectField, TextField } from './fields.tsx';

interface AllegationOption {
  id: string;
  summary: string;
  charge?: string;
  elements: string[];
}

/**
 * The case's allegations the reader may see, for an item's links: the same answer (and cache entry) as the case
 * page's edit links, read here as the allegations' summaries, charges and elements.
 */
function useCaseAllegations(caseId: string) {
  return useQuery({
    queryKey: ['record-list', '/api/allegations', caseId],
    enabled: caseId !== '',
    queryFn: async ({ signal }) =>
      answerOf(
        await api.GET('/api/allegations', { params: { query: { case: caseId, limit: '1000' } }, signal }),
      ).items,
    select: (items) =>
      items.map((item): AllegationOption => {
        const r = item.record as { summary?: string; charge?: string; elements?: string[] };
        return {
          id: item.id,
          summary: r.summary ?? item.id,
          ...(r.charge !== undefined ? { charge: r.charge } : {}),
          elements: r.elements ?? [],
        };
      }),
  });
}

/** The links of an item of evidence: each to one of the case's allegations, with a stance and optionally elements. */
export function EvidenceLinksField({ name, caseId }: { name: string; caseId: string }) {
  const { control, register } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name });
  const allegations = useCaseAllegations(caseId).data ?? [];
  const intl = useIntl();
  return (
    <fieldset className="field-group evidence-links">
      <legend>
        <FormattedMessage id="forms.evidence.links" />
      </legend>
      {fields.map((field, i) => (
        <div key={field.id} className="evidence-link" data-link={i}>
          <div className="row">
            <label className="field">
              <span>{intl.formatMessage({ id: 'forms.evidence.allegation' })}</span>
              <select {...register(`${name}.${i}.allegation`)}>
                <option value="">—</option>
                {allegations.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.summary}
                  </option>
                ))}
              </select>
              <FieldErrorText name={`${name}.${i}.allegation`} />
            </label>
            <SelectField
              name={`${name}.${i}.stance`}
              label="forms.evidence.stance"
              options={EvidenceStanceSchema.options}
              messages="forms.stance"
            />
          </div>
          <LinkElements name={`${name}.${i}`} allegations={allegations} />
          <TextField name={`${name}.${i}.note`} label="forms.evidence.linkNote" />
          <button type="button" className="link-button" onClick={() => remove(i)}>
            <FormattedMessage id="forms.remove" />
          </button>
        </div>
      ))}
      <button
        type="button"
        className="link-button"
        onClick={() => append({ allegation: '', stance: 'supports', note: '' })}
      >
        <FormattedMessage id="forms.evidence.addLink" />
      </button>
    </fieldset>
  );
}

/** The elements of the linked allegation the item bears on (none checked: all of them), titled from the law data. */
function LinkElements({ name, allegations }: { name: string; allegations: AllegationOption[] }) {
  const { locale } = useLocale();
  const { control } = useFormContext();
  const chosenId = useWatch({ name: `${name}.allegation` }) as string | undefined;
  const { field } = useController({ control, name: `${name}.elements` });
  const allegation = allegations.find((a) => a.id === chosenId);
  const titles = useChargeElements(allegation?.charge, locale).data?.elements ?? [];
  const chosen = Array.isArray(field.value) ? (field.value as string[]) : [];
  if (allegation === undefined || allegation.elements.length === 0) return null;
  return (
    <fieldset className="link-elements">
      <legend>
        <FormattedMessage id="forms.evidence.linkElements" />
      </legend>
      {allegation.elements.map((key) => (
        <label key={key} className="field inline">
          <input
            type="checkbox"
            value={key}
            checked={chosen.includes(key)}
            onChange={(e) => field.onChange(nextElements(chosen, key, e.target.checked))}
          />
          <span>{titles.find((t) => t.key === key)?.title ?? key}</span>
        </label>
      ))}
    </fieldset>
  );
}

// No element checked is no narrowing: the link bears on all of the allegation's elements, so none are sent.
function nextElements(chosen: string[], key: string, isOn: boolean): string[] | undefined {
  const next = isOn ? [...chosen.filter((k) => k !== key), key] : chosen.filter((k) => k !== key);
  return next.length > 0 ? next : undefined;
}
