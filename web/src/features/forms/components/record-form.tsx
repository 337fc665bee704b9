import { SimilarRecords } from '../../search/components/similar-records.tsx';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { FormProvider, useForm, type FieldValues, type Resolver } from 'react-hook-form';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { zodIssueText } from '../lib/zod-messages.ts';
import { CaseDefaultsFollower } from './case-defaults.tsx';
import { CaseRoleField } from './case-role-field.tsx';
import { NewRecordIdField, SavedRecordId } from './record-id-field.tsx';
import { useLocation, useNavigate } from 'react-router';
import { usePageTitle } from '../../../lib/page-title.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { linkToCase, useSaveRecord, type FormKind } from '../api/records.ts';
import { afterSavePath } from '../lib/form-paths.ts';
import { formOfDisputes } from '../lib/disputed-value.ts';
import { formPathOf, recordOfForm } from '../lib/form-record.ts';
import { AllegationFields } from './allegation-fields.tsx';
import { CaseFields } from './case-fields.tsx';
import { ChargeFields } from './charge-fields.tsx';
import { CaseMoreFields } from './case-more-fields.tsx';
import { ConflictPanel } from './conflict-panel.tsx';
import { DecisionFields } from './decision-fields.tsx';
import { DisputesFields } from './disputes-fields.tsx';
import { EventFields } from './event-fields.tsx';
import { EvidenceFields } from './evidence-fields.tsx';
import { HearingFields } from './hearing-fields.tsx';
import { HearingMoreFields } from './hearing-more-fields.tsx';
import { MeasureFields } from './measure-fields.tsx';
import { OrganisationFields } from './organisation-fields.tsx';
import { PersonFields } from './person-fields.tsx';
import { PersonMoreFields } from './person-more-fields.tsx';
import { SCHEMAS } from './record-defaults.ts';
import { SourceFields } from './source-fields.tsx';
import { SourcesFields } from './sources-fields.tsx';
import { ChangeNotice, SuccessionNotice, type Succeeds } from './succession-notice.tsx';
import type { Predecessor } from '../lib/successor-values.ts';
import { VisibilityFields } from './visibility-fields.tsx';

const FIELDS: Record<FormKind, () => React.JSX.Element> = {
  person: () => (
    <>
      <PersonFields />
      <PersonMoreFields />
    </>
  ),
  case: () => (
    <>
      <CaseFields />
      <CaseMoreFields />
    </>
  ),
  charge: ChargeFields,
  measure: MeasureFields,
  hearing: () => (
    <>
      <HearingFields />
      <HearingMoreFields />
    </>
  ),
  source: SourceFields,
  organisation: OrganisationFields,
  event: EventFields,
  decision: DecisionFields,
  allegation: AllegationFields,
  evidence: EvidenceFields,
};

/** The form's check: the core's schema over the record the form's values make (empty boxes left out). */
function resolverOf(kind: FormKind, intl: IntlShape): Resolver<FieldValues> {
  // A value left out, and what zod says on its own (a length, a number), are said in the reader's words, not the
  // schema's ("expected string, received undefined").
  const options = {
    error: (issue: Parameters<typeof zodIssueText>[1]) =>
      issue.code === 'invalid_type' && issue.input === undefined
        ? intl.formatMessage({ id: 'forms.required' })
        : zodIssueText(intl, issue),
  };
  const check = zodResolver(SCHEMAS[kind] as never, options as never) as unknown as Resolver<FieldValues>;
  return (values, context, options) => check(recordOfForm(values) as FieldValues, context, options);
}

/**
 * Creates or edits one record: validated by the core's schema, each error beside its field (the API's too);
 * saving names the version read (If-Match), and a stale one shows what changed meanwhile and overwrites nothing.
 * A person or event created from a case's page is linked to the case (a person in the part chosen).
 */
export function RecordForm({
  kind,
  values,
  version,
  fromCase,
  initialRole,
  succeeds,
  replaces,
  onSaved,
}: {
  kind: FormKind;
  values: Record<string, unknown>;
  version: number | undefined;
  /** The case whose page the form was opened from: where saving returns. */
  fromCase?: string | undefined;
  /** A new person's part in that case (?role=), a defendant unless said. */
  initialRole?: string | undefined;
  /** The charge a new charge is reclassified from or brought again after. */
  succeeds?: Succeeds | undefined;
  /** The measure a new measure replaces (custody changed to house arrest). */
  replaces?: Predecessor | undefined;
  /**
   * Given, the form stands within another page (a dialog): saving calls it with the record saved, and goes nowhere;
   * its heading is the dialog's, not the page's.
   */
  onSaved?: ((record: Record<string, unknown>) => void) | undefined;
}) {
  const intl = useIntl();
  const navigate = useNavigate();
  const location = useLocation();
  const justSaved = onSaved === undefined && (location.state as { saved?: unknown } | null)?.saved === true;
  const save = useSaveRecord(kind);
  const [baseVersion, setBaseVersion] = useState(version);
  const [conflict, setConflict] = useState<{ current: Record<string, unknown>; version: number }>();
  const form = useForm<FieldValues>({
    defaultValues: formOfDisputes(values),
    resolver: resolverOf(kind, intl),
    // Checked when saved, then as each field changes: a row just added is not called wrong before it is filled.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const [formError, setFormError] = useState<string>();
  const [role, setRole] = useState(initialRole ?? 'defendant');
  const isNew = version === undefined;
  const Fields = FIELDS[kind];

  const submit = form.handleSubmit(
    (parsed) => {
      setFormError(undefined);
      const record = parsed as Record<string, unknown>;
      save.mutate(
        {
          record,
          ...(baseVersion !== undefined ? { version: baseVersion } : {}),
          ...(replaces !== undefined ? { replaces: replaces.id } : {}),
        },
        {
          onSuccess: () => {
            if (onSaved !== undefined) {
              onSaved(record);
              return;
            }
            // A record with no page of its own comes back to its form, which says it was saved.
            const next = () =>
              void navigate(afterSavePath(kind, record, fromCase), { state: { saved: true } });
            // A new event or person added from a case is linked to it, so the case page shows it; should that
            // fail (the case changed meanwhile), the user can still add it in the case's form.
            const id = String(record.id);
            const link =
              kind === 'event' ? { event: id } : kind === 'person' ? { person: id, role } : undefined;
            if (isNew && fromCase !== undefined && link !== undefined)
              linkToCase(fromCase, link).then(next, next);
            else next();
          },
          onError: (error) => {
            if (error instanceof ApiError && error.status === 409 && isStored(error.current)) {
              setConflict({ current: error.current.record, version: error.current.version });
              return;
            }
            const issues = error instanceof ApiError ? error.issues : [];
            let placed = false;
            for (const issue of issues) {
              const path = formPathOf(issue);
              if (path === undefined) continue;
              form.setError(path, { message: issue.message });
              placed = true;
            }
            if (!placed) setFormError(error.message);
          },
        },
      );
    },
    (errors) => {
      // An error of the record as a whole (a key the schema does not know) has no field to stand beside.
      const whole = (errors as Record<string, { message?: string } | undefined>)[''];
      setFormError(whole?.message);
    },
  );

  const heading = intl.formatMessage(
    { id: isNew ? 'forms.new' : 'forms.edit' },
    { kind: intl.formatMessage({ id: `forms.kind.${kind}` }) },
  );
  usePageTitle(onSaved === undefined ? heading : undefined);
  const Heading = onSaved === undefined ? 'h1' : 'h2';

  return (
    <FormProvider {...form}>
      <form
        className="record-form"
        // A form in a dialog is another form's child in React's tree: its submit is its own, not the page's too.
        onSubmit={(e) => {
          e.stopPropagation();
          void submit(e);
        }}
        noValidate
        data-kind={kind}
      >
        <Heading>{heading}</Heading>
        {form.formState.submitCount > 0 &&
          !form.formState.isSubmitSuccessful &&
          errorCount(form.formState.errors) > 0 && (
            <p role="alert" className="field-error form-summary">
              <FormattedMessage id="forms.notSaved" values={{ count: errorCount(form.formState.errors) }} />
            </p>
          )}
        {conflict && (
          <ConflictPanel
            mine={recordOfForm(form.getValues()) as Record<string, unknown>}
            current={conflict.current}
            onTakeCurrent={() => {
              form.reset(formOfDisputes(conflict.current));
              setBaseVersion(conflict.version);
              setConflict(undefined);
            }}
          />
        )}
        {justSaved && !form.formState.isDirty && (
          <p role="status" className="saved-notice">
            <FormattedMessage id="forms.saved" />
          </p>
        )}
        {isNew && succeeds !== undefined && <SuccessionNotice succeeds={succeeds} />}
        {isNew && replaces !== undefined && <ChangeNotice replaces={replaces} />}
        {kind === 'person' && isNew && fromCase !== undefined && (
          <CaseRoleField role={role} onChange={setRole} />
        )}
        {isNew ? <NewRecordIdField /> : <SavedRecordId />}
        {isNew && <CaseDefaultsFollower kind={kind} />}
        {isNew && (kind === 'organisation' || kind === 'source') && <SimilarRecords kind={kind} />}
        {kind === 'case' && isNew && (
          <p className="hint">
            <FormattedMessage id="forms.case.laterRecords" />
          </p>
        )}
        <Fields />
        <DisputesFields />
        {kind !== 'source' && (
          <fieldset className="field-group">
            <legend>
              <FormattedMessage id="forms.sources" />
            </legend>
            <SourcesFields name="sources" />
          </fieldset>
        )}
        <VisibilityFields kind={kind} />
        {formError !== undefined && (
          <p role="alert" className="field-error">
            {formError}
          </p>
        )}
        <button type="submit" disabled={save.isPending || conflict !== undefined}>
          <FormattedMessage id="forms.save" />
        </button>
      </form>
    </FormProvider>
  );
}

/** How many fields have an error, however deep in the form. */
function errorCount(errors: unknown): number {
  if (typeof errors !== 'object' || errors === null) return 0;
  if ('message' in errors && typeof (errors as { message?: unknown }).message === 'string') return 1;
  return Object.entries(errors).reduce((n, [key, value]) => (key === 'ref' ? n : n + errorCount(value)), 0);
}

function isStored(value: unknown): value is { record: Record<string, unknown>; version: number } {
  return typeof value === 'object' && value !== null && 'record' in value && 'version' in value;
}
