import { useMutation } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { isPartialDate } from '../../../../../src/core/dates/partial-date.ts';
import { sendJson } from '../../../lib/api-write.ts';
import { languageOf } from '../../../lib/locale.ts';
import { useJurisdictions } from '../../lists/api/get-lists.ts';
import type { QuickCaseValues } from '../lib/quick-case.ts';
import {
  spanRows,
  valuesFromDraft,
  workedOutRows,
  type CaseDraft,
  type Drafted,
} from '../lib/quick-case-draft.ts';
import { caseTitleOf, sourceTitleOf } from '../lib/quick-case-titles.ts';
import { KnownCasesOfNamed } from './quick-case-found.tsx';
import { useIntoCase } from './quick-case-into.tsx';
import { textDigest } from '../../../lib/text-digest.ts';
import { newId } from './record-defaults.ts';
import { RowReasons } from './quick-case-worked-out.tsx';
import {
  PLACE_NAMES,
  TextAsReadSection,
  useAsReadParagraph,
  useSetAsReadText,
} from './quick-case-as-read.tsx';
import { QUOTING } from '../lib/quick-case-as-read.ts';
import { statedMaximums } from '../lib/quick-case-penalty.ts';
import { JOINED } from '../../../lib/text-as-read.ts';
import { UntilLaidOut } from './quick-case-by-hand.tsx';
import { earlierReading, withoutEarlierReading } from '../lib/quick-case-refill.ts';
import { documentWords } from '../lib/quick-case-documents.ts';
import { ReadAgainQuestion } from './quick-case-read-again.tsx';
import { useReadView } from './quick-case-as-list.tsx';
import { SourceWhereFrom } from './quick-case-source-where.tsx';
import { useIsAtLine } from './quick-case-at-line.tsx';
import { AddedByForm } from './quick-case-added.tsx';

/**
 * The first step of the form, which a researcher may skip: the source's text pasted, read by the server into a
 * draft (the person, the charges with their articles and lineage, the measures, the hearings, the latest news),
 * which fills the form below without overwriting what is typed; read again, it replaces what it read before. Nothing is saved by it; each row filled says the
 * sentence it came from, for the researcher to check it against.
 */
export function SourceTextSection() {
  const intl = useIntl();
  const form = useFormContext();
  const [text, setText] = useState('');
  const [draft, setDraft] = useState<CaseDraft>();
  const [worked, setWorked] = useState({ counted: 0, spans: 0 });
  // Laid over a case, the rows to check are those the case lacks, counted as they change.
  const { into, matches } = useIntoCase();
  const isToCheck = useCallback(
    (row: { id: string }) => into === '' || !matches.has(row.id),
    [into, matches],
  );
  const setAsRead = useSetAsReadText();
  const button = useRef<HTMLButtonElement>(null);
  const read = useMutation({
    // The text's digest is kept on the source it becomes, which tells the copy it was read from.
    mutationFn: async (body: { text: string; jurisdiction: string; publishedOn?: string }) => {
      const [found, sha256] = await Promise.all([
        sendJson<CaseDraft>('/api/drafts/case', JSON.stringify(body)),
        textDigest(body.text),
      ]);
      return { ...found, sha256 };
    },
    onSuccess: ({ sha256, ...found }, { text }) => {
      setDraft(found);
      const values = withoutEarlierReading(form.getValues() as QuickCaseValues);
      const filled = valuesFromDraft(values, found, newId, documentWords(intl));
      // The titles left empty are given ones to change: the source's from the person and its date or news, the
      // case's from the person and the first charge as the text words it.
      const name = filled.person.existing === '' ? filled.person.name.trim() : '';
      if (name !== '' && filled.title.trim() === '') filled.title = caseTitleOf(intl, name, filled.charges);
      if (name !== '' && filled.source.existing === '' && filled.source.title.trim() === '') {
        const title = sourceTitleOf(
          intl,
          name,
          values.source.publishedOn,
          filled.confirmedOn,
          filled.charges,
        );
        filled.source = { ...filled.source, title, madeTitle: title };
      }
      if (filled.source.existing === '' && sha256 !== undefined)
        filled.source = { ...filled.source, sha256, text };
      form.reset(filled, { keepDefaultValues: true });
      setWorked({ counted: workedOutRows(filled), spans: spanRows(filled) });
      // Laid over a case, the rows to check are few and say so themselves: the text is not laid out for them.
      // The charges the draft's stated terms speak of, by the ids of the rows its charges became.
      const draftedIds = filled.charges.slice(filled.charges.length - found.charges.length).map((c) => c.id);
      setAsRead(into === '' ? text : '', statedMaximums(found.statedMaximums, draftedIds));
      // What was filled is said under the button, and the text laid out as read follows: brought to the top.
      window.setTimeout(() => button.current?.scrollIntoView({ block: 'start' }), 50);
    },
  });
  // Read again over rows changed since an earlier reading, the form asks first: the new reading replaces them.
  const [asked, setAsked] = useState<{ rows: number; changed: number }>();
  const fill = (isReplacing = false) => {
    const values = form.getValues() as QuickCaseValues;
    const earlier = earlierReading(values);
    setAsked(!isReplacing && earlier.changed > 0 ? earlier : undefined);
    if (!isReplacing && earlier.changed > 0) return;
    const publishedOn = values.source.publishedOn;
    read.mutate({
      text,
      jurisdiction: values.jurisdiction || 'kz',
      ...(publishedOn !== '' && isPartialDate(publishedOn) ? { publishedOn } : {}),
    });
  };
  const others = (draft?.persons ?? []).slice(1, 6).map((p) => p.name);
  const jurisdiction = (useWatch({ name: 'jurisdiction' }) as string | undefined) ?? '';
  const { data: jurisdictions = [] } = useJurisdictions();
  const known = jurisdictions.find((j) => j.code === jurisdiction);
  const lawName = known?.names?.[languageOf(intl.locale)] ?? known?.names?.['en'] ?? jurisdiction;
  const isEmpty =
    draft !== undefined && draft.charges.length + draft.measures.length + draft.hearings.length === 0;
  return (
    <fieldset className="field-group source-text">
      <legend>
        <FormattedMessage id="quick.fromText" />
      </legend>
      <label className="field">
        <span>{intl.formatMessage({ id: 'quick.sourceText' })}</span>
        <textarea name="sourceText" rows={6} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <SourceWhereFrom />
      <UntilLaidOut>
        <p className="hint">
          <FormattedMessage id="quick.readAgainst" values={{ law: lawName, code: jurisdiction }} />
        </p>
      </UntilLaidOut>
      <button
        type="button"
        className="button"
        disabled={text.trim() === '' || read.isPending}
        onClick={() => fill()}
        ref={button}
      >
        <FormattedMessage id={read.isPending ? 'quick.filling' : 'quick.fillFromText'} />
      </button>
      {asked !== undefined && (
        <ReadAgainQuestion asked={asked} onReplace={() => fill(true)} onKeep={() => setAsked(undefined)} />
      )}
      {draft?.persons[0] !== undefined && !read.isPending && (
        <KnownCasesOfNamed names={[draft.persons[0].name, ...draft.persons[0].otherNames]} />
      )}
      <div role="status" className="draft-status">
        {read.isError && (
          <p className="field-error">
            <FormattedMessage id="quick.draftFailed" values={{ message: read.error.message }} />
          </p>
        )}
        {draft !== undefined && !read.isPending && (
          <p className="hint">
            {isEmpty ? (
              <FormattedMessage id="quick.filledNothing" />
            ) : (
              <FormattedMessage
                id={into === '' ? 'quick.filled' : 'quick.filledInto'}
                values={{
                  charges: draft.charges.length,
                  measures: draft.measures.length,
                  hearings: draft.hearings.length,
                  verdicts: draft.verdicts.length,
                  claims: draft.allegations.length,
                  events: into === '' ? draft.events.length : 0,
                  items: into === '' ? draft.evidence.length : 0,
                  // The dates worked out and the years added are said by what the form added, listed under this.
                  asWritten: worked.counted + worked.spans === 0 ? 'yes' : 'no',
                }}
              />
            )}{' '}
            {others.length > 0 && (
              <FormattedMessage id="quick.otherPersons" values={{ names: intl.formatList(others) }} />
            )}
          </p>
        )}
      </div>
      {draft !== undefined && !read.isPending && <AddedByForm isToCheck={isToCheck} />}
      {!read.isPending && <TextAsReadSection />}
    </fieldset>
  );
}

/**
 * Under what was filled from the text: the sentence it was read from, and a word for each date of it worked out.
 * A sentence the row above quotes already is not read twice: the row shows the words of it that it stands for, or
 * the sentence it adds (`above`: the row above's quote).
 */
/** Brings a row's line beside its sentence in the text laid out above into view, its name focused; false if none. */
function showLine(place: string): boolean {
  const line = document.querySelector<HTMLElement>(`[data-as-read-row="${place}"]`);
  if (line === null) return false;
  line.scrollIntoView({ block: 'center' });
  line.querySelector<HTMLElement>('button')?.focus();
  return true;
}

export function DraftedFrom({
  name,
  above,
  isHeld = false,
}: {
  name: string;
  above?: string | undefined;
  /** The row is one the case the text is added to holds already, which keeps its own dates: none is to check. */
  isHeld?: boolean;
}) {
  // The words a row stands for: a charge's offence as the text words it, an authority's name.
  const drafted = useWatch({ name }) as (Drafted & { label?: string; name?: string }) | undefined;
  const values = useWatch() as QuickCaseValues;
  const paragraph = useAsReadParagraph(drafted?.quote);
  // The text is above only where it is shown beside its sentences, not as a list.
  const view = useReadView();
  // Opened under its line, the row is beside its sentence already.
  const isAtLine = useIsAtLine();
  if (isAtLine) return null;
  if (drafted === undefined || (drafted.quote === undefined && (drafted.because ?? []).length === 0))
    return null;
  // Where the text is laid out above as it was read, the row points into it: its sentence is marked there, with
  // what the row records and how its dates were worked out under the paragraph.
  if (paragraph !== undefined && !isHeld)
    return (
      <div className="hint drafted-from">
        <p>
          <FormattedMessage
            id={view === 'list' ? 'quick.asRead.inParagraphList' : 'quick.asRead.inParagraph'}
            values={{ n: paragraph }}
          />{' '}
          <button type="button" className="link-button" onClick={() => showLine(name)}>
            <FormattedMessage id="quick.asRead.backToLine" />
          </button>
        </p>
      </div>
    );
  // A sentence quoted in full by a row further up the form is named by that row, not read again.
  const first = drafted.quote === undefined ? undefined : firstQuotedAt(values, drafted.quote);
  const isQuotedAbove = first !== undefined && first !== name && drafted.quote !== above;
  return (
    <div className="hint drafted-from">
      {drafted.quote !== undefined && (
        <p>
          {isQuotedAbove ? (
            <QuotedAt place={first} words={drafted.label ?? drafted.name ?? ''} quote={drafted.quote} />
          ) : (
            <Quoted quote={drafted.quote} words={drafted.label ?? drafted.name ?? ''} above={above} />
          )}
        </p>
      )}
      <RowReasons name={name} isHeld={isHeld} />
    </div>
  );
}

/** The row ("charges.2") that first shows a sentence in the form, by the order of its sections. */
function firstQuotedAt(values: QuickCaseValues, quote: string): string | undefined {
  for (const list of QUOTING) {
    const rows = (values[list] ?? []) as { quote?: string }[];
    const at = rows.findIndex((row) => row.quote === quote);
    if (at >= 0) return `${list}.${String(at)}`;
  }
  return undefined;
}

/** "From the sentence quoted under Organisation 1, where it says “organizing mass riots”". */
function QuotedAt({ place, words, quote }: { place: string; words: string; quote: string }) {
  const intl = useIntl();
  const [list = '', at = '0'] = place.split('.');
  const row = intl.formatMessage(
    { id: PLACE_NAMES[list as keyof typeof PLACE_NAMES] ?? 'quick.chargeN' },
    { n: Number(at) + 1 },
  );
  const stands = words.trim();
  return stands !== '' && quote.toLowerCase().includes(stands.toLowerCase()) ? (
    <FormattedMessage id="quick.fromSentenceAt" values={{ place: row, words: <mark>{stands}</mark> }} />
  ) : (
    <FormattedMessage id="quick.fromSentenceAtOnly" values={{ place: row }} />
  );
}

function Quoted({ quote, words, above }: { quote: string; words: string; above: string | undefined }) {
  const stands = words.trim();
  if (above !== undefined && quote === above)
    return stands !== '' && quote.toLowerCase().includes(stands.toLowerCase()) ? (
      <FormattedMessage id="quick.fromSameSentence" values={{ words: <mark>{stands}</mark> }} />
    ) : (
      <FormattedMessage id="quick.fromSameSentenceOnly" />
    );
  const joined = above === undefined ? undefined : `${above}${JOINED}`;
  if (joined !== undefined && quote.startsWith(joined))
    return <FormattedMessage id="quick.fromSentenceAbove" values={{ quote: quote.slice(joined.length) }} />;
  return (
    <FormattedMessage id="quick.fromSentence" values={{ quote: <Marked text={quote} words={words} /> }} />
  );
}

/**
 * A sentence with the words a row stands for marked in it, where it names several things ("… dropped an identical
 * charge, reclassifying his alleged actions as “violating the procedure…”"): as text, never as markup.
 */
function Marked({ text, words }: { text: string; words: string }) {
  const at = words.trim() === '' ? -1 : text.toLowerCase().indexOf(words.trim().toLowerCase());
  if (at < 0) return <>{text}</>;
  const end = at + words.trim().length;
  return (
    <>
      {text.slice(0, at)}
      <mark>{text.slice(at, end)}</mark>
      {text.slice(end)}
    </>
  );
}
