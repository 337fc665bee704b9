import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { FormattedMessage } from 'react-intl';
import { TextField } from './fields.tsx';
import { useFormCase } from '../api/law.ts';
import { RecordPicker } from './record-picker.tsx';

/**
 * The citations of a fact (source, page, quote): every fact a user records can cite where it comes from. A record
 * of a case offers, in one click, to cite the sources its case cites that it does not cite yet.
 */
export function SourcesFields({ name }: { name: string }) {
  const { control } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name });
  const theCase = useFormCase();
  const cited = (useWatch({ name }) as { source?: string }[] | undefined) ?? [];
  const fromCase =
    name === 'sources'
      ? [...new Set((theCase?.sources ?? []).map((s) => s.source))].filter(
          (id) => !cited.some((c) => c.source === id),
        )
      : [];
  return (
    <div className="sources-fields">
      {fields.map((field, i) => (
        <div key={field.id} className="row">
          <RecordPicker name={`${name}.${i}.source`} label="forms.citation.source" kind="source" />
          <TextField name={`${name}.${i}.page`} label="forms.citation.page" type="number" />
          <TextField name={`${name}.${i}.quote`} label="forms.citation.quote" multiline />
          <button type="button" className="link-button" onClick={() => remove(i)}>
            <FormattedMessage id="forms.citation.remove" />
          </button>
        </div>
      ))}
      <button
        type="button"
        className="link-button"
        onClick={() => append({ source: '', page: Number.NaN, quote: '' })}
      >
        <FormattedMessage id="forms.citation.add" />
      </button>
      {fromCase.length > 0 && ' · '}
      {fromCase.length > 0 && (
        <button
          type="button"
          className="link-button"
          onClick={() => append(fromCase.map((source) => ({ source, page: Number.NaN, quote: '' })))}
        >
          <FormattedMessage id="forms.citation.fromCase" values={{ count: fromCase.length }} />
        </button>
      )}
    </div>
  );
}
