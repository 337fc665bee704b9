import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useFieldArray, useForm, useFormContext, type FieldValues } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../../lib/api-client.ts';
import { answerOf } from '../../../lib/api-answer.ts';
import { api } from '../../../lib/api.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useFormCase } from '../api/law.ts';
import { chargesOfRows, emptyRow, rowFieldOf, type ChargeRows } from '../lib/charge-rows.ts';
import { ArticleField } from './article-field.tsx';
import { BatchForm } from './batch-form.tsx';
import { CaseDefaultsFollower } from './case-defaults.tsx';
import { TextField } from './fields.tsx';
import { PartialDateInput } from './partial-date-input.tsx';
import { newId, SCHEMAS } from './record-defaults.ts';
import { RecordPicker } from './record-picker.tsx';
import { SourcesFields } from './sources-fields.tsx';

/**
 * /cases/:id/charges/new: several charges of a case typed at once, as a dispatch lists them ("charged under
 * articles 274 and 378"): one defendant and one set of citations for all, a row a charge (its article as cited,
 * the day it was brought, the conduct). Each row is checked by the charge's schema, its errors beside its boxes;
 * saved, they are written together or not at all, and the case's page shows them. A charge's later history
 * (reclassified, dropped, brought again) is added from its row on the case's page.
 */
export function ChargesFormPage() {
  const { id: caseId = '' } = useParams();
  const intl = useIntl();
  const navigate = useNavigate();
  const client = useQueryClient();
  const heading = intl.formatMessage({ id: 'forms.charges.heading' });
  usePageTitle(heading);
  const form = useForm<FieldValues>({
    defaultValues: {
      case: caseId,
      defendant: '',
      sources: [],
      charges: [emptyRow(newId('charge')), emptyRow(newId('charge'))],
    } satisfies ChargeRows,
  });
  const [formError, setFormError] = useState<string>();
  const save = useMutation({
    mutationFn: async (records: Record<string, unknown>[]) =>
      answerOf(await api.POST('/api/charges/batch', { body: { records } as never })).charges,
    onSuccess: () => {
      void client.invalidateQueries();
      void navigate(`/cases/${encodeURIComponent(caseId)}`);
    },
    onError: (error) => {
      const issues = error instanceof ApiError ? error.issues : [];
      if (!placeIssues(issues.map((i) => ({ field: rowFieldOf(i.path ?? ''), message: i.message }))))
        setFormError(error.message);
    },
  });

  /** Puts each problem beside its box; false when one has no box to stand beside. */
  const placeIssues = (issues: { field: string | undefined; message: string }[]): boolean => {
    let isPlaced = true;
    for (const { field, message } of issues) {
      if (field === undefined) isPlaced = false;
      else form.setError(field, { message });
    }
    return isPlaced;
  };

  const submit = form.handleSubmit((values) => {
    setFormError(undefined);
    form.clearErrors();
    const records = chargesOfRows(values as ChargeRows);
    const issues = records.flatMap((record, i) => {
      const checked = SCHEMAS.charge.safeParse(record);
      if (checked.success) return [];
      return checked.error.issues.map((issue) => ({
        field: rowFieldOf(
          issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join(''),
          i,
        ),
        message: issue.message,
      }));
    });
    if (issues.length > 0) {
      if (!placeIssues(issues)) setFormError(issues.find((i) => i.field === undefined)?.message);
      return;
    }
    save.mutate(records);
  });

  return (
    <BatchForm
      form={form}
      kind="charges"
      heading={heading}
      hint="forms.charges.hint"
      onSubmit={submit}
      summary={
        Object.keys(form.formState.errors).length > 0 && (
          <p role="alert" className="field-error form-summary">
            <FormattedMessage id="forms.charges.notSaved" />
          </p>
        )
      }
      error={formError}
      save="forms.charges.save"
      isSaving={save.isPending}
    >
      <CaseDefaultsFollower kind="charge" />
      <RecordPicker name="defendant" label="forms.charge.defendant" kind="person" />
      <ChargeRowsFields />
      <fieldset className="field-group">
        <legend>
          <FormattedMessage id="forms.charges.sources" />
        </legend>
        <SourcesFields name="sources" />
      </fieldset>
    </BatchForm>
  );
}

/** The rows, one a charge, each removable; a new row starts under the case's jurisdiction. */
function ChargeRowsFields() {
  const { control } = useFormContext();
  const rows = useFieldArray({ control, name: 'charges' });
  const jurisdiction = useFormCase()?.jurisdiction;
  return (
    <>
      {rows.fields.map((field, i) => (
        <fieldset key={field.id} className="field-group charge-row" data-charge-row={i}>
          <legend>
            <FormattedMessage id="forms.charges.row" values={{ n: i + 1 }} />
          </legend>
          <ArticleField name={`charges.${i}.article`} dates={[`charges.${i}.date`, `charges.${i}.date`]} />
          <PartialDateInput name={`charges.${i}.date`} label="forms.charges.brought" />
          <TextField name={`charges.${i}.conduct`} label="forms.field.charge.conduct" />
          {rows.fields.length > 1 && (
            <button type="button" className="link-button" onClick={() => rows.remove(i)}>
              <FormattedMessage id="forms.charges.remove" />
            </button>
          )}
        </fieldset>
      ))}
      <button
        type="button"
        className="link-button"
        onClick={() => rows.append(emptyRow(newId('charge'), jurisdiction ?? 'kz'))}
      >
        <FormattedMessage id="forms.charges.add" />
      </button>
    </>
  );
}
