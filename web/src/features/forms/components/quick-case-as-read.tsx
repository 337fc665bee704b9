import { DocumentLine } from './quick-case-documents.tsx';
import { ChecksProvider, LaidOutRows, RowChecked } from './quick-case-added.tsx';
import { createContext, useContext, useMemo, useState, type ReactNode, type RefObject } from 'react';
import { useWatch } from 'react-hook-form';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import type { QuickCaseValues } from '../lib/quick-case.ts';
import { ANSWER, ASSESSMENT, quotedRows, type QuotingList } from '../lib/quick-case-as-read.ts';
import { paragraphFinder, textAsRead } from '../../../lib/text-as-read.ts';
import { AsReadText } from '../../../components/as-read-text.tsx';
import { RowMark } from './quick-case-row-list.tsx';
import { UnreadLine } from './quick-case-context.tsx';
import { StatedMaximumLine } from './quick-case-penalty.tsx';
import { lineAfterOwn, maximumAt, maximumRows, type StatedMaximum } from '../lib/quick-case-penalty.ts';
import { useIntoCase } from './quick-case-into.tsx';
import { useRecordLabel } from '../api/record-options.ts';
import { quickChargeName } from '../lib/quick-case-titles.ts';
import { RowReasons } from './quick-case-worked-out.tsx';
import { EventDated, EventLine, EvidenceLine } from './quick-case-event-line.tsx';
import { AtLineProvider, ChangeAtLine, LineSlot } from './quick-case-at-line.tsx';
import { LineParts, LinesInFullProvider, LinesInFullToggle } from './quick-case-line-parts.tsx';
import {
  ReadAsList,
  ReadViewChoice,
  ReadViewProvider,
  listPlaces,
  useReadView,
} from './quick-case-as-list.tsx';

// The text a form was filled from, laid out as it was read: each sentence a row was filled from marked in it, and
// after it what each row records and how a date the text does not give was worked out. The text is read
// once, with what was taken from it beside it, instead of a quote under every row of the form.

/** The names of the rows ("Charge 2"), by the list they are in. */
export const PLACE_NAMES = {
  affiliations: 'quick.affiliationN',
  charges: 'quick.chargeN',
  measures: 'quick.measureN',
  hearings: 'quick.hearingN',
  decisions: 'quick.verdictN',
  documents: 'quick.documentN',
  allegations: 'quick.allegationN',
  authorities: 'quick.authorityN',
  events: 'quick.eventN',
  evidence: 'quick.evidenceN',
} as const satisfies Record<QuotingList, string>;

const NOWHERE = (): number | undefined => undefined;

export const AsReadContext = createContext<{
  text: string;
  /** The longest terms the text says its charges carry, to be set against the law's. */
  maximums: readonly StatedMaximum[];
  setText: (text: string, maximums?: readonly StatedMaximum[]) => void;
  /** The paragraph of the text a quote is in: the text's paragraphs found once, for every row. */
  paragraphOf: (quote: string) => number | undefined;
}>({ text: '', maximums: [], setText: () => undefined, paragraphOf: NOWHERE });

/**
 * Holds the text the form was last filled from, for the text's layout and for the rows that point into it; and the
 * rows ticked as checked beside it (`checked`, where given, holds them for the save).
 */
export function AsReadProvider({
  checked,
  children,
}: {
  checked?: RefObject<ReadonlySet<string>>;
  children: ReactNode;
}) {
  const [read, setRead] = useState<{ text: string; maximums: readonly StatedMaximum[] }>({
    text: '',
    maximums: [],
  });
  const value = useMemo(
    () => ({
      ...read,
      setText: (text: string, maximums: readonly StatedMaximum[] = []) => setRead({ text, maximums }),
      paragraphOf: read.text === '' ? NOWHERE : paragraphFinder(read.text),
    }),
    [read],
  );
  return (
    <AsReadContext.Provider value={value}>
      <ReadViewProvider>
        <AtLineProvider>
          <ChecksProvider reading={read} kept={checked}>
            {children}
          </ChecksProvider>
        </AtLineProvider>
      </ReadViewProvider>
    </AsReadContext.Provider>
  );
}

/** Sets the text the form was filled from ('' when it is not laid out). */
export const useSetAsReadText = () => useContext(AsReadContext).setText;

/**
 * The text laid out as read, or '' where it is not: laid over a case, each row says what the case holds of it,
 * beside the sentence it quotes.
 */
function useLaidOutText(): string {
  const { text } = useContext(AsReadContext);
  return useIntoCase().into === '' ? text : '';
}

/** Whether the text the form was filled from is laid out as read (a new case, filled from a text). */
export const useIsLaidOut = (): boolean => useLaidOutText() !== '';

/** The paragraph of the text laid out above a quote is in; undefined for every quote where none is laid out. */
function useParagraphOf(): (quote: string) => number | undefined {
  const { paragraphOf } = useContext(AsReadContext);
  return useIntoCase().into === '' ? paragraphOf : NOWHERE;
}

/** The paragraph of the text laid out above that a row's sentence is in; undefined where it is not laid out. */
export function useAsReadParagraph(quote: string | undefined): number | undefined {
  const paragraphOf = useParagraphOf();
  return quote === undefined ? undefined : paragraphOf(quote);
}

/** Whether every row given was read from a sentence of the text laid out above. */
export function useIsAllLaidOut(rows: readonly { quote?: string }[]): boolean {
  const paragraphOf = useParagraphOf();
  return (
    rows.length > 0 && rows.every((row) => row.quote !== undefined && paragraphOf(row.quote) !== undefined)
  );
}

/** A row's name ("Charge 2") for a place in the form ("charges.1"). */
function placeName(intl: IntlShape, place: string): string {
  const [list = 'charges', at = '0'] = place.split('.');
  return intl.formatMessage({ id: PLACE_NAMES[list as QuotingList] }, { n: Number(at) + 1 });
}

/**
 * The text as the form read it: numbered paragraphs, the sentences rows were filled from marked, each followed by a
 * line for each row read from it.
 */
export function TextAsReadSection() {
  const text = useLaidOutText();
  const { maximums } = useContext(AsReadContext);
  const values = useWatch() as QuickCaseValues;
  const laid = useMemo(
    () =>
      textAsRead(text, [
        ...quotedRows(values).map((row) => lineAfterOwn(row, maximums)),
        ...maximumRows(maximums),
      ]),
    [text, values, maximums],
  );
  const view = useReadView();
  if (text === '' || laid.paragraphOf.size === 0) return null;
  return (
    <section className="as-read" aria-labelledby="as-read-heading" data-as-read={view}>
      <h3 id="as-read-heading">
        <FormattedMessage id="quick.asRead.heading" />
      </h3>
      <ReadViewChoice />
      <p className="hint">
        <FormattedMessage id={view === 'list' ? 'quick.asRead.hintList' : 'quick.asRead.hint'} />
      </p>
      <LinesInFullProvider>
        <LaidOutRows>
          <LinesInFullToggle />
          {view === 'list' ? (
            <ReadAsList
              places={listPlaces(laid.paragraphOf.keys())}
              lineOf={(place) => <RowLine key={place} place={place} />}
            />
          ) : (
            <AsReadText
              laid={laid}
              linesOf={(places) => places.map((place) => <RowLine key={place} place={place} />)}
              afterUnread={(stretch) => <UnreadLine stretch={stretch} text={text} />}
            />
          )}
        </LaidOutRows>
      </LinesInFullProvider>
    </section>
  );
}

/**
 * A row's line after its sentence: its name, what it records, a button that opens its boxes under it to change it,
 * and how it was dated.
 */
function RowLine({ place }: { place: string }) {
  const intl = useIntl();
  const { maximums } = useContext(AsReadContext);
  const maximum = maximumAt(maximums, place);
  if (maximum !== undefined)
    return (
      <li data-as-read-row={place}>
        <StatedMaximumLine maximum={maximum} />
      </li>
    );
  const name = placeName(intl, place);
  // The text's answer to a claim, or its assessment of the claim's speech: said to be kept with the claim, whose line
  // above says it in full.
  const kept = place.split('.')[2];
  const said =
    kept === ANSWER ? 'quick.asRead.answer' : kept === ASSESSMENT ? 'quick.asRead.assessment' : undefined;
  if (said !== undefined)
    return (
      <li data-as-read-row={place}>
        <strong className="line-name">{name}</strong>: <FormattedMessage id={said} />
      </li>
    );
  const [list = 'charges', at = '0'] = place.split('.') as [QuotingList, string];
  const i = Number(at);
  const change = (
    <>
      {' '}
      <ChangeAtLine place={place} name={name} />
      <RowChecked place={place} name={name} />
    </>
  );
  return (
    <li data-as-read-row={place}>
      <strong className="line-name">{name}</strong>:{' '}
      {list === 'affiliations' || list === 'authorities' ? (
        <>
          <OrganisationLine list={list} i={i} />
          {change}
        </>
      ) : list === 'events' ? (
        <>
          <EventLine i={i} />
          {change}
          <EventDated i={i} />
        </>
      ) : list === 'evidence' || list === 'documents' ? (
        <>
          {list === 'evidence' ? <EvidenceLine i={i} /> : <DocumentLine i={i} />}
          {change}
        </>
      ) : (
        <>
          <RowMark list={list} i={i} />
          {change}
          <RowReasons name={place} />
        </>
      )}
      <LineSlot place={place} />
    </li>
  );
}

/**
 * An organisation's line: its name as the text gives it (or the one recorded already, where it was taken), what it
 * is, and the person's role in it or its own.
 */
export function OrganisationLine({ list, i }: { list: 'affiliations' | 'authorities'; i: number }) {
  const intl = useIntl();
  const values = useWatch() as QuickCaseValues;
  const affiliation = list === 'affiliations' ? (values.affiliations ?? [])[i] : undefined;
  const authority = list === 'authorities' ? (values.authorities ?? [])[i] : undefined;
  const existing = affiliation?.existing ?? authority?.existing ?? '';
  const recorded = useRecordLabel('organisation', existing, existing !== '');
  const name =
    existing !== '' && recorded !== undefined
      ? recorded
      : (affiliation?.name ?? authority?.name ?? '').trim();
  const parts =
    affiliation !== undefined
      ? [
          name,
          intl.formatMessage({ id: `persons.organisationKind.${affiliation.kind}` }),
          affiliation.isUnregistered ? intl.formatMessage({ id: 'quick.asRead.unregistered' }) : '',
          affiliation.role.trim(),
        ]
      : authority !== undefined
        ? [
            name,
            intl.formatMessage({ id: `forms.authorityRole.${authority.role}` }),
            // The charges it brought and the hearings it held, as the rows the form ties to it.
            namesOf(intl, 'quick.row.broughtBy', authority.charges, values.charges ?? [], (at) =>
              quickChargeName(intl, (values.charges ?? [])[at], at),
            ),
            namesOf(intl, 'quick.row.heldBy', authority.hearings, values.hearings ?? [], (at) =>
              intl.formatMessage({ id: 'quick.hearingN' }, { n: at + 1 }),
            ),
          ]
        : [];
  return <LineParts parts={parts} />;
}

/** "brought Charge 3 (Art. 272(1))": the rows of a list given by their ids, named, in a message; '' for none. */
function namesOf(
  intl: IntlShape,
  message: string,
  ids: readonly string[],
  rows: readonly { id: string }[],
  nameOf: (at: number) => string,
): string {
  const names = ids.flatMap((id) => {
    const at = rows.findIndex((row) => row.id === id);
    return at >= 0 ? [nameOf(at)] : [];
  });
  return names.length === 0 ? '' : intl.formatMessage({ id: message }, { rows: intl.formatList(names) });
}
