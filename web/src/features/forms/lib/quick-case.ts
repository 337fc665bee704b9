import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION } from '../../../../../src/exchange/bundle-schema.ts';
import { recordOfForm } from './form-record.ts';
import { authoritiesOfQuickCase, type QuickAuthority } from './quick-case-authorities.ts';
import { affiliationsOfQuickCase, type QuickAffiliation } from './quick-case-affiliations.ts';
import { chargesOf, fateUnsaid } from './quick-case-charges.ts';
import { measuresOf } from './quick-case-measures.ts';
import { nameKindOf, nameWriting, type NameWriting } from './name-script.ts';
import { decisionsOfQuickCase, type QuickVerdict } from './quick-case-verdicts.ts';
import {
  allegationsOfQuickCase,
  chargeElements,
  type ListedElements,
  type QuickAllegation,
} from './quick-case-allegations.ts';
import { eventsOfQuickCase, type QuickEvent } from './quick-case-events.ts';
import { evidenceOfQuickCase, type QuickEvidence } from './quick-case-evidence.ts';
import { documentsOfForm, type QuickDocument } from './quick-case-documents.ts';

/**
 * A case recorded from one source in one form, as a dispatch tells it: the source, the person prosecuted, the
 * charges in the order they were brought (each perhaps reclassified from, or brought again after, an earlier one),
 * the restraint measures (each perhaps replaced by the next), the hearings, and how recent the source's news is.
 * Every fact cites the source. The form becomes one bundle, imported whole or not at all.
 */
export interface QuickCaseValues {
  visibility: string;
  jurisdiction: string;
  title: string;
  summary: string;
  /** The day of the source's latest news about the case: past it, the case's facts say what was last known. */
  confirmedOn: string;
  source: {
    /** A source already recorded; when set, the fields below are not used. */
    existing: string;
    title: string;
    publisher: string;
    publishedOn: string;
    url: string;
    accessedOn: string;
    /** The title made for it from the text, which gives none, while the box holds it: to be replaced by its own. */
    madeTitle?: string;
    /** How its date was worked out from the text, where it was (written before a day it names as to come). */
    because?: string[];
    /** Its date as worked out from the text, while the box holds it. */
    workedOut?: Record<string, string>;
    /** The SHA-256 digest of the text pasted, when the form was filled from it: the copy it was read from. */
    sha256?: string;
    /** The text pasted, whose digest `sha256` is: kept, once saved, as the new source's copy. */
    text?: string;
  };
  person: {
    /** A person already recorded; when set, the names below are not used. */
    existing: string;
    name: string;
    /** Other spellings, one a line or separated by commas. */
    otherNames: string;
    /** The sentence of the text each spelling was read from, as drafted: a spelling typed cites no words. */
    writtenAt?: { name: string; quote: string }[];
  };
  charges: QuickCharge[];
  measures: QuickMeasure[];
  hearings: QuickHearing[];
  /** The verdicts the source tells of: each becomes a decision of the case. */
  decisions: QuickVerdict[];
  /** The prosecution's claims the source reports. */
  allegations: QuickAllegation[];
  /** The investigators, prosecutors and courts the source names. */
  authorities: QuickAuthority[];
  /** The organisations the person prosecuted belongs to, as the source says (for a person recorded anew). */
  affiliations?: QuickAffiliation[];
  /** The public events the source tells of beside the case: protests, elections. */
  events?: QuickEvent[];
  /** The items of evidence the source tells of: expert opinions, the videos a claim rests on. */
  evidence?: QuickEvidence[];
  /** The prosecution's documents the source tells of (the indictment), in which its claims are made. */
  documents?: QuickDocument[];
  /** A case already recorded the text is added to, rather than recorded as a case of its own ('' for none). */
  into?: string;
}

/** Where a row filled from the source's text came from: the sentence its facts cite, and a date to check. */
export interface FromText {
  quote?: string;
  /** How dates of the row were worked out (no year written, a length before a later step…): to be checked. */
  because?: string[];
  /** The row's dates the text does not give, by field, as worked out from it. */
  workedOut?: Record<string, string>;
}

export interface QuickCharge extends FromText {
  id: string;
  article: { jurisdiction: string; code: string; article: string; part: string };
  /** The offence as the source words it ("organizing mass riots"), when typed rather than cited. */
  label: string;
  /** How the charge began: brought, reclassified from an earlier row, or brought again after one. */
  began: 'brought' | 'reclassification' | 'rebrought';
  /** The earlier row (its index, as text) a reclassification or a bringing again follows. */
  from: string;
  date: string;
  /** What became of it, where the source says and no later row says it: dropped, or sent to court. */
  then: '' | 'dropped' | 'sent_to_court';
  thenDate: string;
  /** The sentence of the text that says what became of it, where it is not the one that brought it. */
  thenQuote?: string;
  /** The researcher's note on its dates (how they know them), saved with the step that brought it. */
  note?: string;
  /** The elements of its offence as the law data lists them, for its claims to assert. */
  elements?: ListedElements;
  /** What it is brought for, as the source words it ("his alleged role in the January 2022 protests"). */
  conduct?: string;
  /** When those acts took place. */
  actDate?: string;
  /** The sentence that says what it is brought for, where it was read from one. */
  conductQuote?: string;
}

/** A step's note: the form's word that its date was worked out, and the researcher's own, either or both. */
export function notedStep(workedOut: string | undefined, typed: string | undefined): { note?: string } {
  const note = [workedOut, typed?.trim()].filter((n) => n !== undefined && n !== '').join(' ');
  return note !== '' ? { note } : {};
}

export interface QuickMeasure extends FromText {
  id: string;
  kind: string;
  from: string;
  until: string;
  /** How long it lasted in the source's words ("just over eight months"): the days its dates leave open narrow. */
  duration: string;
  /** Replaced by the next row's measure (custody changed to house arrest) on `until`, or on the next one's start. */
  replaced: boolean;
  /** The researcher's note on its dates (how they know them), saved with the step that ordered it. */
  note?: string;
}

export interface QuickHearing extends FromText {
  id: string;
  kind: string;
  date: string;
  status: 'held' | 'scheduled';
  /** The charges it tries, by their rows' ids, where the source says ("his trial on those"). */
  charges: string[];
}

/** The ids of the records the form makes (new ones drawn when the form opens, so a second save is the same). */
export interface QuickIds {
  case: string;
  source: string;
  person: string;
}

export function emptyQuickCharge(id: string, jurisdiction = 'kz'): QuickCharge {
  return {
    id,
    article: { jurisdiction, code: 'cc', article: '', part: '' },
    label: '',
    began: 'brought',
    from: '',
    date: '',
    then: '',
    thenDate: '',
    conduct: '',
    actDate: '',
  };
}

export function emptyQuickMeasure(id: string, kind = ''): QuickMeasure {
  return { id, kind, from: '', until: '', duration: '', replaced: false };
}

export function emptyQuickHearing(id: string): QuickHearing {
  return { id, kind: 'trial_session', date: '', status: 'held', charges: [] };
}

/** The several spellings typed in one box: one a line, or separated by commas or semicolons. */
export function otherNamesOf(text: string): string[] {
  return text
    .split(/[\n,;]/)
    .map((name) => name.trim())
    .filter((name, i, all) => name !== '' && all.indexOf(name) === i);
}

/** A row with nothing typed in it is left out, as an empty box is: a case may have no charge, measure or hearing yet. */
// A measure that replaced the one above it is given by that one's change, with nothing typed in its own row.
const IS_FILLED = {
  charges: (row: QuickCharge) => row.article.article.trim() !== '' || row.date !== '' || row.then !== '',
  measures: (row: QuickMeasure, above: QuickMeasure | undefined) =>
    row.from !== '' || row.until !== '' || row.duration.trim() !== '' || above?.replaced === true,
  hearings: (row: QuickHearing) => row.date !== '',
  decisions: (row: QuickVerdict) => row.date !== '',
  allegations: (row: QuickAllegation) => row.summary.trim() !== '',
};
export type RowList = keyof typeof IS_FILLED;

/** The indexes of the rows of a list that are not empty: the nth record of the list in the bundle is row `[n]`. */
export function keptRows(values: QuickCaseValues, list: RowList): number[] {
  const isFilled = IS_FILLED[list] as (row: unknown, above: unknown) => boolean;
  const rows: unknown[] = values[list];
  return rows.flatMap((row, i) => (isFilled(row, rows[i - 1]) ? [i] : []));
}

export type Citations = { source: string; quote?: string }[];

/** The citation of a row's facts: the source, with the sentence the row was filled from where it was. */
export const citing = (cite: Citations, row: FromText): Citations =>
  row.quote !== undefined && row.quote !== '' ? cite.map((c) => ({ ...c, quote: row.quote })) : cite;
export type Rec = Record<string, unknown>;

/** A name as the person's record holds it: its script and language read from its letters, cited. */
function nameOf(value: string, fallback: NameWriting, cite: Citations, isPreferred: boolean): Rec {
  const writing = nameWriting(value) ?? fallback;
  return {
    value,
    ...writing,
    kind: nameKindOf(writing, 'transliteration'),
    ...(isPreferred ? { isPreferred: true } : {}),
    sources: cite,
  };
}

/** The later row that reclassifies the `i`th charge, if one does. */
export function reclassifiedBy(rows: readonly QuickCharge[], i: number): number | undefined {
  const j = rows.findIndex((row, k) => k > i && row.began === 'reclassification' && row.from === String(i));
  return j >= 0 ? j : undefined;
}

/**
 * The row that brings again the charge the `i`th took the place of, where the `i`th's own fate is not given: the text
 * does not say whether it was dropped when the first came back or stands beside it.
 */
export function broughtAgainOver(rows: readonly QuickCharge[], i: number): number | undefined {
  const row = rows[i];
  if (row?.began !== 'reclassification' || row.from === '' || row.then !== '') return undefined;
  const j = rows.findIndex((c, k) => k !== i && c.began === 'rebrought' && c.from === row.from);
  return j >= 0 ? j : undefined;
}

/**
 * The bundle the form makes: the new source and person (unless chosen among those recorded), the case with the
 * person as its defendant, its charges with their succession written on both sides, its measures with each
 * change, its hearings, its verdicts, the prosecution's claims and the events the source tells of, every fact citing
 * the source. Empty boxes are
 * left out, as a record form leaves them.
 */
export function bundleOfQuickCase(
  values: QuickCaseValues,
  ids: QuickIds,
  language: string,
  notes: ReadonlyMap<string, string> = new Map(),
): Rec {
  const sourceId = values.source.existing !== '' ? values.source.existing : ids.source;
  const personId = values.person.existing !== '' ? values.person.existing : ids.person;
  const cite: Citations = [{ source: sourceId }];
  const writing: NameWriting =
    language === 'en'
      ? { script: 'Latn', language: 'en' }
      : { script: 'Cyrl', language: language === 'kk' ? 'kk' : 'ru' };
  const { source } = values;
  const sources =
    values.source.existing !== ''
      ? []
      : [
          {
            id: ids.source,
            // An address makes it a web page, read on the day given; without one it is a document.
            kind: source.url.trim() !== '' ? 'web' : 'document',
            ...(source.url.trim() === '' ? { documentKind: 'article' } : {}),
            title: source.title,
            publisher: source.publisher,
            publishedOn: source.publishedOn,
            url: source.url.trim(),
            accessedOn: source.url.trim() !== '' ? source.accessedOn : '',
            ...(source.sha256 !== undefined ? { sha256: source.sha256 } : {}),
            // A source whose text is kept is the case's document, the copy being added to the case once saved.
            ...(source.sha256 !== undefined && source.text !== undefined ? { case: ids.case } : {}),
            visibility: values.visibility,
          },
        ];
  const organisationContext = {
    jurisdiction: values.jurisdiction,
    visibility: values.visibility,
    cite: (row: FromText) => citing(cite, row),
    name: (value: string, cited: Citations) => nameOf(value, writing, cited, true),
  };
  // A person recorded already (chosen, or the defendant of the case the text is added to) keeps their record: the
  // organisations they belong to are added from its own page.
  const isPersonHeld = values.person.existing !== '' || (values.into ?? '') !== '';
  // Each spelling cites the sentence it was read from, where it was read from one.
  const nameCited = (name: string) =>
    citing(cite, { quote: (values.person.writtenAt ?? []).find((w) => w.name === name)?.quote });
  const joined = affiliationsOfQuickCase(
    isPersonHeld ? [] : (values.affiliations ?? []),
    organisationContext,
  );
  const persons =
    values.person.existing !== ''
      ? []
      : [
          {
            id: ids.person,
            names: [
              nameOf(values.person.name.trim(), writing, nameCited(values.person.name.trim()), true),
              ...otherNamesOf(values.person.otherNames)
                .filter((name) => name !== values.person.name.trim())
                .map((name) => nameOf(name, writing, nameCited(name), false)),
            ],
            ...(joined.affiliations.length > 0 ? { affiliations: joined.affiliations } : {}),
            visibility: values.visibility,
            fieldVisibility: { contact: 'restricted' },
          },
        ];
  const named = authoritiesOfQuickCase(values.authorities, organisationContext);
  const documents = documentsOfForm(values, { case: ids.case, visibility: values.visibility });
  const theCase = {
    id: ids.case,
    jurisdiction: values.jurisdiction,
    title: values.title,
    summary: values.summary,
    participants: [{ person: personId, role: 'defendant', sources: cite }],
    ...(named.authorities.length > 0 ? { authorities: named.authorities } : {}),
    ...(values.confirmedOn !== '' ? { confirmed: { on: values.confirmedOn, sources: cite } } : {}),
    ...fateUnsaid(values, notes),
    visibility: values.visibility,
    // The documents the source tells of are the case's sources too, known through it.
    sources: [...cite, ...documents.records.map((d) => ({ source: d['id'] }))],
  };
  const charged = new Set(keptRows(values, 'charges').flatMap((i) => values.charges[i]?.id ?? []));
  const hearings = keptRows(values, 'hearings')
    .map((i) => values.hearings[i] as QuickHearing)
    .map((row) => ({
      id: row.id,
      case: ids.case,
      kind: row.kind,
      date: row.date,
      status: row.status,
      ...(named.courts.has(row.id) ? { court: named.courts.get(row.id) } : {}),
      // Ticked charges whose rows were left empty are not written; none ticked is not said, and left out.
      ...(row.charges.some((id) => charged.has(id))
        ? { charges: row.charges.filter((id) => charged.has(id)) }
        : {}),
      visibility: values.visibility,
      sources: citing(cite, row),
    }));
  // What a verdict's decision and a claim's allegation are written with alike.
  const ofCase = {
    case: ids.case,
    visibility: values.visibility,
    charged,
    cite: (row: FromText) => citing(cite, row),
  };
  const decisions = decisionsOfQuickCase(values.decisions, {
    ...ofCase,
    defendant: personId,
    // The court that held the hearing of the verdict's day, as a row of the authorities says.
    courtOn: (date) => {
      const hearing = values.hearings.find((h) => h.kind === 'verdict' && h.date === date);
      return hearing === undefined ? undefined : named.courts.get(hearing.id);
    },
  });
  const allegations = allegationsOfQuickCase(values.allegations, {
    ...ofCase,
    source: sourceId,
    documentOf: documents.documentOf,
    elementsOf: (id) => {
      const charge = values.charges.find((c) => c.id === id);
      return new Set(charge === undefined ? [] : chargeElements(charge).map((e) => e.key));
    },
  });
  const events = eventsOfQuickCase(values.events ?? [], {
    case: ids.case,
    person: personId,
    visibility: values.visibility,
    cite: (quote) => citing(cite, quote === undefined ? {} : { quote }),
  });
  const evidence = evidenceOfQuickCase(values.evidence ?? [], {
    case: ids.case,
    source: sourceId,
    visibility: values.visibility,
    claims: new Set(allegations.map((a) => a['id'] as string)),
    cite: (quote) => citing(cite, quote === undefined ? {} : { quote }),
  });
  return recordOfForm({
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    sources: [...sources, ...documents.records],
    persons,
    organisations: [...named.organisations, ...joined.organisations],
    cases: [events.length > 0 ? { ...theCase, events: events.map((e) => e.id) } : theCase],
    charges: chargesOf(values, ids, personId, cite, named.bringing, notes),
    measures: measuresOf(values, ids.case, personId, (row) => citing(cite, row), notes),
    hearings,
    ...(decisions.length > 0 ? { decisions } : {}),
    ...(allegations.length > 0 ? { allegations } : {}),
    ...(events.length > 0 ? { events } : {}),
    ...(evidence.length > 0 ? { evidence } : {}),
  }) as Rec;
}
