import { createContext, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { titleIn } from '../../../../../src/core/common/titles.ts';
import { VERSION_KEY } from '../../../../../src/core/record/record-version.ts';
import { isPartialDate } from '../../../../../src/core/dates/partial-date.ts';
import { formatPartialDate } from '../../../lib/format.ts';
import { languageOf } from '../../../lib/locale.ts';
import { useLawVocabulary, type LawVocabulary } from '../api/law.ts';
import {
  bundleOfQuickCase,
  keptRows,
  type QuickCaseValues,
  type QuickIds,
  type RowList,
} from '../lib/quick-case.ts';
import {
  bundleIntoCase,
  heldRecords,
  LISTS,
  matchHeld,
  type HeldCase,
  type SameMeasureKind,
} from '../lib/quick-case-into.ts';

/**
 * The case a text is being added to, once read, and which record it holds for each row of the form (by the row's
 * id); no case while the text is recorded as a case of its own.
 */
interface IntoCase {
  into: string;
  held: HeldCase | undefined;
  matches: ReadonlyMap<string, string>;
  /** Each record saving would write, held or new, as it would write it, by its id. */
  after: ReadonlyMap<string, Record<string, unknown>>;
  /** The case cannot be read: there is no such case, or the reader may not read it. */
  isUnread: boolean;
  /** How many records saving would write: new ones, and held ones it would change. */
  changes: number;
}

const NO_CASE: IntoCase = {
  into: '',
  held: undefined,
  matches: new Map(),
  after: new Map(),
  isUnread: false,
  changes: 0,
};
type Rec = Record<string, unknown>;

const IntoCaseContext = createContext<IntoCase>(NO_CASE);

export const useIntoCase = () => useContext(IntoCaseContext);

/**
 * Around the form of one source: the case the text is added to (the form's `into`) as read, and each row matched
 * with the record the case holds for the same fact, again as the rows change.
 */
export function IntoCaseProvider({
  ids,
  held,
  sameKind,
  isUnread,
  onNothing,
  children,
}: {
  ids: QuickIds;
  held: HeldCase | undefined;
  sameKind: SameMeasureKind;
  isUnread: boolean;
  /** Told whether saving would change nothing of the case read (rows filled, all held and citing the text). */
  onNothing?: (nothing: boolean) => void;
  children: ReactNode;
}) {
  const intl = useIntl();
  const values = useWatch() as QuickCaseValues;
  const into = values.into ?? '';
  const language = languageOf(intl.locale);
  const laid = useMemo(() => {
    if (held === undefined) return { matches: new Map<string, string>(), after: new Map(), changes: 0 };
    const bundle = bundleOfQuickCase(values, ids, language);
    const matches = matchHeld(bundle, held, sameKind, ids);
    const saved = bundleIntoCase(bundle, held, matches, ids);
    const after = new Map(
      LISTS.flatMap((list) =>
        ((saved[list] as Record<string, unknown>[] | undefined) ?? []).map(
          (r) => [r['id'] as string, r] as const,
        ),
      ),
    );
    return { matches, after, changes: changesOf(saved, held) };
  }, [held, values, ids, language, sameKind]);
  const nothing =
    into !== '' &&
    held !== undefined &&
    laid.changes === 0 &&
    LISTS.some((list) => keptRows(values, list).length > 0);
  useEffect(() => onNothing?.(nothing), [nothing, onNothing]);
  return (
    <IntoCaseContext.Provider value={into === '' ? NO_CASE : { into, held, isUnread, ...laid }}>
      {children}
    </IntoCaseContext.Provider>
  );
}

/** How many records a bundle laid over a case would write: those the case lacks, and those it holds that would change. */
function changesOf(saved: Rec, held: HeldCase): number {
  const stored = new Map(heldRecords(held).map((h) => [h.id, JSON.stringify(h.record)]));
  const lists = ['sources', 'persons', 'organisations', 'cases', ...LISTS];
  return lists
    .flatMap((list) => (saved[list] as Rec[] | undefined) ?? [])
    .filter((record) => {
      const { [VERSION_KEY]: _version, ...plain } = record;
      return stored.get(record['id'] as string) !== JSON.stringify(plain);
    }).length;
}

/**
 * A held record in a few words, each step of its life with its date ("Art. 272(1) · brought 2022 · reclassified about
 * November 2022"), to be read against the text's sentence without opening the case.
 */
function heldWords(
  intl: IntlShape,
  law: LawVocabulary | undefined,
  list: string,
  record: Record<string, unknown>,
) {
  const date = (value: unknown) =>
    typeof value === 'string' && isPartialDate(value) ? formatPartialDate(intl, value) : '';
  const steps = (value: unknown, words: string) =>
    ((value as { kind: string; date?: string }[] | undefined) ?? []).map((step) =>
      `${intl.formatMessage({ id: `${words}.${step.kind}`, defaultMessage: step.kind })} ${date(step.date)}`.trim(),
    );
  if (list === 'charges') {
    const ref = record['article'] as { article: string; part?: string };
    const article = intl.formatMessage(
      { id: 'quick.article' },
      { article: ref.part !== undefined ? `${ref.article}(${ref.part})` : ref.article },
    );
    return [article, ...steps(record['lifecycle'], 'step')].join(' · ');
  }
  if (list === 'measures') {
    const titles = law?.measures.find((m) => m.key === record['kind'])?.titles;
    const kind = titles !== undefined ? titleIn(titles, languageOf(intl.locale)) : String(record['kind']);
    return [kind, ...steps(record['steps'], 'measureStep')].join(' · ');
  }
  // A verdict by its day and kind; a claim by its words.
  if (list === 'decisions') {
    const kind = String(record['kind']);
    return `${date(record['date'])} · ${intl.formatMessage({ id: `decisionKind.${kind}`, defaultMessage: kind })}`;
  }
  if (list === 'allegations') return `“${typeof record['summary'] === 'string' ? record['summary'] : ''}”`;
  const status = String(record['status']);
  return `${date(record['date'])} · ${intl.formatMessage({ id: `hearingStatus.${status}`, defaultMessage: status })}`;
}

/** What saving adds to a held record, in words: the steps of its life it did not have, a change of a hearing's status. */
function addedWords(
  intl: IntlShape,
  list: string,
  held: Record<string, unknown>,
  after: Record<string, unknown>,
): string[] {
  const key = list === 'charges' ? 'lifecycle' : 'steps';
  const words = list === 'charges' ? 'step' : 'measureStep';
  const kinds = new Set(((held[key] as { kind: string }[] | undefined) ?? []).map((s) => s.kind));
  const steps = ((after[key] as { kind: string; date?: string }[] | undefined) ?? [])
    .filter((step) => !kinds.has(step.kind))
    .map((step) => {
      const date =
        step.date !== undefined && isPartialDate(step.date) ? formatPartialDate(intl, step.date) : '';
      return `${intl.formatMessage({ id: `${words}.${step.kind}`, defaultMessage: step.kind })} ${date}`.trim();
    });
  const status =
    list === 'hearings' && after['status'] !== held['status']
      ? [intl.formatMessage({ id: `hearingStatus.${String(after['status'])}` })]
      : [];
  return list === 'hearings' ? status : steps;
}

/** Whether the case the text is added to holds the record of a row already. */
export function useIsHeld(list: RowList, i: number): boolean {
  const { held, matches } = useIntoCase();
  const id = useWatch({ name: `${list}.${String(i)}.id` }) as string | undefined;
  return held !== undefined && id !== undefined && matches.has(id);
}

/**
 * Under a row's heading, while the text is added to a case: the record the case holds for it ("In the case already:
 * Art. 272(1), 2022"), which gains the text's citation, or that the row is new to the case and will be added.
 */
export function RowInCase({ list, i }: { list: RowList; i: number }) {
  const intl = useIntl();
  const { into, held, matches, after } = useIntoCase();
  const [row, source] = useWatch({ name: [`${list}.${String(i)}`, 'source.existing'] }) as [
    { id: string; kind?: string } | undefined,
    string,
  ];
  const law = useLawVocabulary(held?.case.record['jurisdiction'] as string | undefined);
  // A row left empty is not saved, and not said of.
  if (into === '' || held === undefined || row === undefined || !after.has(matches.get(row.id) ?? row.id))
    return null;
  const match = matches.get(row.id);
  const record = held[list].find((h) => h.id === match)?.record;
  if (record === undefined)
    return (
      <p className="row-in-case new-to-case">
        <FormattedMessage id="quick.into.newRow" />
      </p>
    );
  // Read from a source the record cites already, the row changes nothing; from another, it cites that one too.
  const cites = ((record['sources'] as { source: string }[] | undefined) ?? []).some(
    (c) => c.source === source,
  );
  // A measure the text reads as another kind of the same deprivation (custody, where the case says detention of a
  // kind not stated) keeps the case's kind: said, for the researcher to change it on the case's page if need be.
  const kind = (m: string | undefined) => law.data?.measures.find((k) => k.key === m)?.titles;
  const textKind = list === 'measures' && row.kind !== record['kind'] ? kind(row.kind) : undefined;
  // Why the case says what it says: the measure's note, or its ordering's, where the kind was decided.
  const ordered = (record['steps'] as Rec[] | undefined)?.find((step) => step['kind'] === 'ordered');
  const note = [record['note'], ordered?.['note']].find((n): n is string => typeof n === 'string');
  // What saving adds to the record: the steps of its life it lacks, a hearing held that it held as to come.
  const added = addedWords(intl, list, record, after.get(match ?? '') ?? record);
  const words = <span className="record-text">{heldWords(intl, law.data, list, record)}</span>;
  return (
    <p className="row-in-case held">
      {added.length > 0 ? (
        <FormattedMessage
          id="quick.into.heldRowAdds"
          values={{ record: words, added: intl.formatList(added, { type: 'conjunction' }) }}
        />
      ) : (
        <FormattedMessage
          id={source !== '' && cites ? 'quick.into.heldRowCited' : 'quick.into.heldRow'}
          values={{ record: words }}
        />
      )}
      {textKind !== undefined && (
        <>
          {' '}
          <FormattedMessage
            id="quick.into.otherKind"
            values={{ kind: titleIn(textKind, languageOf(intl.locale)) }}
          />
          {/* Why the case says what it says, where its record gives a note. */}
          {note !== undefined && (
            <details className="held-note">
              <summary>
                <FormattedMessage id="quick.into.heldNote" />
              </summary>
              <span className="record-text">{note}</span>
            </details>
          )}
        </>
      )}
    </p>
  );
}

/** The authority of the case the text is added to that an authority row of the form is, if the case names it. */
export function useHeldAuthority(i: number): HeldCase['authorities'][number] | undefined {
  const { held, matches } = useIntoCase();
  const row = useWatch({ name: `authorities.${String(i)}` }) as
    { id: string; existing: string; role: string } | undefined;
  if (held === undefined || row === undefined) return undefined;
  return held.authorities.find(
    (a) => a.id === matches.get(row.id) || (a.id === row.existing && a.role === row.role),
  );
}

/** Under an authority's heading, while the text is added to a case: whether the case names it already. */
export function AuthorityInCase({ i }: { i: number }) {
  const { into, held } = useIntoCase();
  const named = useHeldAuthority(i);
  const source = useWatch({ name: 'source.existing' }) as string;
  if (into === '' || held === undefined) return null;
  // The case's naming of it cites the source already, or will.
  const entry = (held.case.record['authorities'] as Rec[] | undefined)?.find(
    (a) => a['organisation'] === named?.id && a['role'] === named?.role,
  );
  const cites = ((entry?.['sources'] as { source: string }[] | undefined) ?? []).some(
    (c) => source !== '' && c.source === source,
  );
  return (
    <p className={named !== undefined ? 'row-in-case held' : 'row-in-case new-to-case'}>
      {named !== undefined ? (
        <FormattedMessage
          id={cites ? 'quick.into.heldAuthorityCited' : 'quick.into.heldAuthority'}
          values={{ name: <span className="record-text">{named.name}</span> }}
        />
      ) : (
        <FormattedMessage id="quick.into.newAuthority" />
      )}
    </p>
  );
}

/**
 * Under the source, while the text is added to a case: a text whose digest is that of a source the case cites is
 * that source, taken (once) instead of recording a second copy of it, and said so.
 */
export function SameTextSource() {
  const { held } = useIntoCase();
  const { setValue } = useFormContext();
  const [existing, sha256] = useWatch({ name: ['source.existing', 'source.sha256'] }) as [
    string,
    string | undefined,
  ];
  const same = sha256 === undefined ? undefined : held?.sources.find((s) => s.sha256 === sha256);
  // Taken once for the case and text: a researcher who then picks another source keeps their pick.
  const taken = useRef<string>(undefined);
  const key = same === undefined ? undefined : `${held?.case.id ?? ''} ${same.id}`;
  useEffect(() => {
    if (same === undefined || key === undefined || taken.current === key || existing !== '') return;
    taken.current = key;
    setValue('source.existing', same.id, { shouldDirty: true });
  }, [same, key, existing, setValue]);
  if (same === undefined || existing !== same.id) return null;
  return (
    <p className="hint same-text-source" role="status">
      <FormattedMessage
        id="quick.into.sameText"
        values={{ title: <span className="record-text">{same.title}</span> }}
      />
    </p>
  );
}
