import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch, type FieldValues } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { zodIssueText } from '../lib/zod-messages.ts';
import { localSchemaMessage } from '../../../lib/schema-messages.ts';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../../lib/api-client.ts';
import { sendJson, type ApiIssue } from '../../../lib/api-write.ts';
import { languageOf } from '../../../lib/locale.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import {
  bundleOfQuickCase,
  emptyQuickCharge,
  otherNamesOf,
  type QuickCaseValues,
} from '../lib/quick-case.ts';
import { quickFieldOf } from '../lib/quick-case-places.ts';
import { BatchForm } from './batch-form.tsx';
import { uploadDocument } from '../../documents/api/documents.ts';
import { LeaveGuardNotice, useLeaveGuard } from './leave-guard.tsx';
import { FieldGroup, SelectField, TextField } from './fields.tsx';
import { JurisdictionField } from './jurisdiction-field.tsx';
import { PartialDateInput } from './partial-date-input.tsx';
import { QuickAuthorityRows } from './quick-case-authorities.tsx';
import { QuickAffiliationRows } from './quick-case-affiliations.tsx';
import {
  MadeSourceTitle,
  SuggestedSourceTitle,
  SuggestedSummary,
  SuggestedTitle,
} from './quick-case-summary.tsx';
import { IntoCaseProvider, SameTextSource } from './quick-case-into.tsx';
import { IntoCaseNotice } from './quick-case-into-notice.tsx';
import { AsReadProvider } from './quick-case-as-read.tsx';
import { bundleIntoCase, matchHeld, sameMeasureKindOf } from '../lib/quick-case-into.ts';
import { bundleIssues } from '../lib/quick-case-issues.ts';
import { afterQuickSave, type KeptText } from '../lib/quick-case-saved.ts';
import { additionsOf, rowIdAt, rowsInCheckOrder } from '../lib/quick-case-added.ts';
import { useHeldCase } from '../api/held-case.ts';
import { useLawVocabulary } from '../api/law.ts';
import { CasesOfPerson, FoundAlready } from './quick-case-found.tsx';
import { DraftedFrom, SourceTextSection } from './quick-case-text.tsx';
import { QuickChargeRows, QuickHearingRows, QuickMeasureRows } from './quick-case-rows.tsx';
import { QuickVerdictRows } from './quick-case-verdicts.tsx';
import { QuickAllegationRows } from './quick-case-allegations.tsx';
import { QuickEventsAndEvidence } from './quick-case-events.tsx';
import { RowsReadFold } from './quick-case-rows-read.tsx';
import { ByHandFold, QuickSteps, UntilLaidOut } from './quick-case-by-hand.tsx';
import { readerToday } from '../../../lib/format.ts';
import { penaltyProblems } from '../lib/quick-case-verdicts.ts';
import { workedOutNotes } from '../lib/quick-case-worked-out.ts';
import { newId, SCHEMAS } from './record-defaults.ts';
import { useStoredRecord } from '../api/records.ts';
import { RecordPicker } from './record-picker.tsx';

/** The records the form makes; drawn once, so a second try after a refusal writes the same records. */
const drawIds = () => ({ case: newId('case'), source: newId('source'), person: newId('person') });

/**
 * /cases/from-source: a case recorded from what one source says, in one form: the source, the person prosecuted,
 * the case, its charges (reclassified, brought again), its restraint measures (one replacing another), its
 * hearings, and how recent the source's news is. Every fact cites the source. Saved, it is imported as one bundle,
 * whole or not at all; a refusal puts each problem beside its box. A text about a case already recorded is added to
 * that case instead (`into`): each row is matched with the record the case holds for the same fact, which gains the
 * text's citation, and what the case lacks is added to it.
 */
export function QuickCasePage() {
  const intl = useIntl();
  const navigate = useNavigate();
  const client = useQueryClient();
  // The rows ticked as checked beside the text's sentences, kept by the text's layout for the save to count.
  const checked = useRef<ReadonlySet<string>>(new Set());
  const [ids] = useState(drawIds);
  const [params] = useSearchParams();
  const form = useForm<FieldValues>({
    defaultValues: {
      visibility: 'internal',
      jurisdiction: 'kz',
      title: '',
      summary: '',
      confirmedOn: '',
      source: { existing: '', title: '', publisher: '', publishedOn: '', url: '', accessedOn: readerToday() },
      person: { existing: '', name: '', otherNames: '' },
      charges: [emptyQuickCharge(newId('charge'))],
      measures: [],
      hearings: [],
      decisions: [],
      allegations: [],
      authorities: [],
      affiliations: [],
      events: [],
      evidence: [],
      documents: [],
      // Opened from a case's page, the text is added to that case.
      into: params.get('into') ?? '',
    } satisfies QuickCaseValues,
  });
  const into = (useWatch({ control: form.control, name: 'into' }) as string | undefined) ?? '';
  const { held, isError: isUnread } = useHeldCase(into);
  // Laid over a case, the form checks a text against it rather than recording a case.
  const heading = intl.formatMessage({ id: into === '' ? 'quick.heading' : 'quick.into.heading' });
  usePageTitle(heading);
  const law = useLawVocabulary(held?.case.record['jurisdiction'] as string | undefined);
  const sameKind = useMemo(() => sameMeasureKindOf(law.data?.measures ?? []), [law.data]);
  // Added to a case, the text is read against the case's law, and its new charges cite articles of it.
  const heldJurisdiction = held?.case.record['jurisdiction'] as string | undefined;
  useEffect(() => {
    if (heldJurisdiction !== undefined) form.setValue('jurisdiction', heldJurisdiction);
  }, [heldJurisdiction, form]);
  const [unplaced, setUnplaced] = useState<ApiIssue[]>([]);
  const [formError, setFormError] = useState<string>();
  // Laid over a case that holds all the text gives and cites it: nothing to save, and the button says so.
  const [nothing, setNothing] = useState(false);
  // A filled form is not lost to a link followed by mistake: leaving asks first, saving does not; nor does a form
  // laid over a case that holds all it gives, which has nothing to lose.
  const { blocker, allow: allowLeave } = useLeaveGuard(form.formState.isDirty && !nothing);
  // A source already recorded is named in each revision's reason by its title, not its id.
  const chosenSource = useWatch({ control: form.control, name: 'source.existing' }) as string;
  const storedSource = useStoredRecord('source', chosenSource !== '' ? chosenSource : undefined);
  const save = useMutation({
    mutationFn: async (bundle: Record<string, unknown>) => {
      // Each revision says it was recorded from this source with this form, not "import".
      const { source } = form.getValues() as QuickCaseValues;
      const reason = intl.formatMessage(
        { id: 'quick.reason' },
        {
          source:
            source.existing === ''
              ? source.title
              : ((storedSource.data?.record as { title?: string } | undefined)?.title ?? source.existing),
        },
      );
      const report = await sendJson<unknown>(
        `/api/import?${new URLSearchParams({ reason }).toString()}`,
        JSON.stringify(bundle),
      );
      // Saved, the text pasted is kept as the new source's copy: its digest is the one the source records.
      const kept = source.existing === '' ? await keptText(into !== '' ? into : ids.case, source) : undefined;
      return { report, kept };
    },
    onSuccess: (saved) => {
      void client.invalidateQueries();
      allowLeave();
      const values = form.getValues() as QuickCaseValues;
      // How many of the rows read from the text were ticked as checked beside their sentences, said once saved.
      const rows = rowsInCheckOrder(values, additionsOf(values));
      const next = afterQuickSave(values, saved, {
        into,
        ids,
        today: readerToday(),
        checked: {
          ticked: rows.filter((row) => checked.current.has(rowIdAt(values, row) ?? '')).length,
          rows: rows.length,
        },
      });
      void navigate(next.to, { state: next.state });
    },
    onError: (error) => {
      const issues = error instanceof ApiError ? ((error.issues ?? []) as ApiIssue[]) : [];
      if (issues.length === 0) {
        setFormError(error.message);
        return;
      }
      placeIssues(issues, form.getValues() as QuickCaseValues);
    },
  });

  /** Puts each problem beside its box, in the reader's words where a value is missing; keeps the others listed. */
  const placeIssues = (issues: ApiIssue[], values: QuickCaseValues) => {
    const left: ApiIssue[] = [];
    for (const issue of issues) {
      const field = quickFieldOf(issue.path ?? '', values);
      if (field === undefined) left.push(issue);
      else form.setError(field, { message: issue.message });
    }
    setUnplaced(left);
    showFirstProblem();
  };

  const submit = form.handleSubmit((formValues) => {
    setFormError(undefined);
    setUnplaced([]);
    form.clearErrors();
    const values = formValues as QuickCaseValues;
    // A conviction's penalty is written as typed or not at all: a length not read, or without its kind, is asked for.
    const penalty = penaltyProblems(values.decisions);
    if (penalty.length > 0) {
      for (const p of penalty) form.setError(p.field, { message: intl.formatMessage({ id: p.message }) });
      showFirstProblem();
      return;
    }
    // A date worked out rather than read is saved with a note saying so, and how, in the reader's words.
    const drafted = bundleOfQuickCase(values, ids, languageOf(intl.locale), workedOutNotes(intl, values));
    if (into !== '' && held === undefined) {
      setFormError(intl.formatMessage({ id: isUnread ? 'quick.into.unread' : 'quick.into.reading' }));
      return;
    }
    const bundle =
      held === undefined
        ? drafted
        : bundleIntoCase(drafted, held, matchHeld(drafted, held, sameKind, ids), ids);
    // Checked here first by the core's own schemas, so that what is missing is said before anything is sent.
    const issues = bundleIssues(bundle, SCHEMAS, {
      required: intl.formatMessage({ id: 'forms.required' }),
      dateRequired: intl.formatMessage({ id: 'quick.dateRequired' }),
      other: (issue) => zodIssueText(intl, issue),
    });
    if (issues.length > 0) placeIssues(issues, values);
    else save.mutate(bundle);
  });
  const hasErrors = Object.keys(form.formState.errors).length > 0;

  return (
    <BatchForm
      form={form}
      kind="quick-case"
      heading={heading}
      hint={into === '' ? 'quick.hint' : 'quick.into.hint'}
      onSubmit={submit}
      summary={
        (hasErrors || unplaced.length > 0) && (
          <div role="alert" className="field-error form-summary">
            <p>
              <FormattedMessage id="quick.notSaved" />
            </p>
            {unplaced.length > 0 && (
              <ul>
                {unplaced.map((issue, i) => (
                  <li key={i}>
                    {localSchemaMessage(intl, issue.message)}{' '}
                    <code className="muted">{issue.path ?? issue.record}</code>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )
      }
      error={formError}
      save={into === '' ? 'quick.save' : nothing ? 'quick.into.saveNothing' : 'quick.into.save'}
      isSaving={save.isPending}
      isIdle={into !== '' && nothing}
    >
      <LeaveGuardNotice blocker={blocker} />
      <IntoCaseProvider ids={ids} held={held} sameKind={sameKind} isUnread={isUnread} onNothing={setNothing}>
        <AsReadProvider checked={checked}>
          <QuickSteps />
          <SourceTextSection />
          <ByHandFold>
            <IntoCaseNotice />
            <UntilLaidOut>
              <p className="hint">
                <FormattedMessage id="quick.datesHint" />
              </p>
            </UntilLaidOut>
            <SourceSection />
            {/* Added to a case, the text's person and case are the case's own. */}
            {into === '' && (
              <>
                <PersonSection />
                <FieldGroup legend="quick.case">
                  <TextField name="title" label="quick.title" />
                  <SuggestedTitle />
                  <JurisdictionField name="jurisdiction" />
                  <TextField name="summary" label="quick.summary" multiline />
                  <SuggestedSummary />
                </FieldGroup>
              </>
            )}
            <RowsReadFold>
              <QuickChargeRows />
              <QuickMeasureRows />
              <QuickHearingRows />
              <QuickVerdictRows />
              <QuickAllegationRows />
              <QuickAuthorityRows />
              {/* Laid over a case, the case keeps its own events and evidence: they are added from its page. */}
              {into === '' && <QuickEventsAndEvidence />}
            </RowsReadFold>
            <FieldGroup legend="quick.recent">
              <p className="hint">
                <FormattedMessage id="quick.recentHint" />
              </p>
              <PartialDateInput name="confirmedOn" label="quick.confirmedOn" isCompact />
            </FieldGroup>
            <p className="hint">
              <FormattedMessage id="quick.visibilityHint" />
            </p>
            <SelectField
              name="visibility"
              label={into === '' ? 'quick.visibility' : 'quick.into.visibility'}
              options={['internal', 'restricted', 'public']}
              messages="forms.visibility"
            />
          </ByHandFold>
        </AsReadProvider>
      </IntoCaseProvider>
    </BatchForm>
  );
}

/** The source every fact cites: one already recorded, or a new one described in a few words. */
function SourceSection() {
  const [existing, title, person] = useWatch({
    name: ['source.existing', 'source.title', 'person.name'],
  }) as [string, string, string];
  return (
    <FieldGroup legend="quick.source">
      <p className="hint">
        <FormattedMessage id="quick.sourceHint" />
      </p>
      <RecordPicker name="source.existing" label="quick.sourceExisting" kind="source" />
      <SameTextSource />
      {existing === '' && (
        <>
          <TextField name="source.title" label="quick.sourceTitle" />
          <SuggestedSourceTitle />
          <MadeSourceTitle />
          <FoundAlready kind="source" typed={[title]} field="source.existing" />
          {/* A text pasted may be recorded already under another title: the sources naming its person are offered. */}
          <FoundAlready
            kind="source"
            typed={[person]}
            field="source.existing"
            intro="quick.found.sourceNaming"
          />
          {/* Its address and publisher are asked for beside its text (`SourceWhereFrom`). */}
          <PartialDateInput name="source.publishedOn" label="quick.sourcePublished" isCompact />
          <DraftedFrom name="source" />
        </>
      )}
    </FieldGroup>
  );
}

/** The person prosecuted: one already recorded, or a new one by the names the source writes. */
function PersonSection() {
  const [existing, name, others] = useWatch({
    name: ['person.existing', 'person.name', 'person.otherNames'],
  }) as [string, string, string];
  return (
    <FieldGroup legend="quick.person">
      <RecordPicker name="person.existing" label="quick.personExisting" kind="person" />
      {existing !== '' && <CasesOfPerson person={existing} />}
      {existing === '' && (
        <>
          <TextField name="person.name" label="quick.personName" />
          <FoundAlready kind="person" typed={[name, ...otherNamesOf(others)]} field="person.existing" />
          <TextField name="person.otherNames" label="quick.personOtherNames" />
          <QuickAffiliationRows />
        </>
      )}
    </FieldGroup>
  );
}

/** Brings the first problem marked into view, and its box into focus where it has one. */
function showFirstProblem() {
  // After the marks are drawn: an error set now is on the page only once React has rendered it.
  window.setTimeout(() => {
    const first = document.querySelector<HTMLElement>(
      '.quick-case-form [aria-invalid="true"], .quick-case-form .field-error',
    );
    // A row folded to its line, or rows folded under one, are opened where a problem of theirs is marked.
    const folds = '.quick-case-form details.row-fold, .quick-case-form details.all-laid-out';
    for (const fold of document.querySelectorAll<HTMLDetailsElement>(folds))
      if (fold.querySelector('[aria-invalid="true"], .field-error') !== null) fold.open = true;
    first?.scrollIntoView({ block: 'center' });
    if (first instanceof HTMLInputElement || first instanceof HTMLSelectElement) first.focus();
  }, 50);
}

/**
 * Keeps the text a source was read from as its copy, once the source is saved: 'kept', or why it was not (the
 * source is saved either way, with the text's digest, so a copy given later is known as its own).
 */
async function keptText(caseId: string, source: QuickCaseValues['source']): Promise<KeptText | undefined> {
  if (source.text === undefined || source.sha256 === undefined) return undefined;
  try {
    const file = new File([source.text], 'source-text.txt', { type: 'text/plain' });
    await uploadDocument(caseId, file);
    return { kept: true };
  } catch (error) {
    return { kept: false, why: error instanceof Error ? error.message : String(error) };
  }
}
