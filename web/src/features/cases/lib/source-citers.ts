import type { IntlShape } from 'react-intl';
import { formatPartialDate } from '../../../lib/format.ts';
import { sentencesOf, type QuotedRow } from '../../../lib/text-as-read.ts';
import type { PresentedCase } from '../api/get-case.ts';
import { articleText, chargeNames, countText, firstStepOf } from '../components/record-names.ts';

// What a case's records cite from one source, each at the words it quotes (at each sentence of words joined from
// several): the facts the case holds of the source, to be read beside its text, sentence by sentence, and checked
// against it.

/** The kinds of record that cite a source, in the order their lines are given under a sentence. */
export const CITER_KINDS = [
  'person',
  'affiliation',
  'authority',
  'charge',
  'measure',
  'hearing',
  'event',
  'claim',
  'evidence',
] as const;
export type CiterKind = (typeof CITER_KINDS)[number];

/** A record's citation of the source at some words: what it is, and what it records from them. */
export interface Citer extends QuotedRow {
  kind: CiterKind;
  /** The record citing ("charge:x"); `place` is this line's own, one per record and sentence. */
  record: string;
  /** The record, as the case page names it ("Art. 272(1) · 2023", "custody"). */
  name: string;
  /** What it records from the words ("brought again 26 January 2023"), or '' where its name says it. */
  what: string;
  /** The section of the case page it is listed in. */
  section: string;
}

type Cited = readonly { source: string; quote?: string | undefined }[] | undefined;

/** The words of the source a record's citations quote, each once. */
const quotesOf = (cited: Cited, source: string): string[] => [
  ...new Set(
    (cited ?? []).flatMap((c) =>
      c.source === source && (c.quote ?? '').trim() !== '' ? [c.quote ?? ''] : [],
    ),
  ),
];

/**
 * A claim of the prosecution, as the matrix lists it: where it is told (its document and the words there), and what
 * the record says of it from other sentences: its note (the source's answer to it) and the assessment of its speech.
 */
export interface CitingClaim {
  allegation: string;
  summary: string;
  document: string;
  passage?: { quote: string } | undefined;
  note?: string | undefined;
  /** Its citations: where it is told of, and the sentences its note is read from. */
  sources?: Cited;
  speechAssessment?: { finding: string; reasoning?: string | undefined; sources: Cited } | undefined;
}

/** An item of evidence, as the case's evidence lists it. */
export interface CitingEvidence {
  id: string;
  title: string;
  sources: Cited;
}

/**
 * Every record of the case that cites `source` at some of its words: each step of a charge or a measure on its own
 * (a charge brought at one sentence and reclassified at another is read at each), the person's written names and
 * ties, the hearings and events, and the prosecution's claims and the evidence. A record citing the source without
 * quoting it is not listed: there are no words to read it beside.
 */
export function caseCiters(
  intl: IntlShape,
  file: PresentedCase,
  source: string,
  more: { claims?: readonly CitingClaim[]; evidence?: readonly CitingEvidence[] } = {},
): Citer[] {
  const day = (date: string) => formatPartialDate(intl, date);
  const out: Citer[] = [];
  // A record's line is its own per sentence: a step of a charge is a line of its charge ("charge:x#1"), a
  // person's tie to an organisation one of its own ("person:x#tie0"), for it names the organisation.
  const add = (kind: CiterKind, id: string, cited: Cited, name: string, what: string, section: string) => {
    const record = kind === 'affiliation' ? id : (id.split('#')[0] ?? id);
    // Words joined from several sentences (a charge's own and the one saying the term it carries; custody's and the
    // caption bounding its start) are read at each: the record's line follows every sentence it cites.
    for (const quote of quotesOf(cited, source).flatMap(sentencesOf))
      out.push({ place: id, record, quote, kind, name, what, section });
  };
  for (const p of file.persons) {
    for (const [i, n] of p.names.entries())
      // The name written as the line's name says it is said once ("Name: Zhanbolat Mamay").
      add(
        'person',
        `${p.id}#name${String(i)}`,
        n.sources,
        p.name,
        n.value === p.name ? '' : n.value,
        'participants',
      );
    for (const [i, a] of p.affiliations.entries())
      add(
        'affiliation',
        `${p.id}#tie${String(i)}`,
        a.sources,
        a.name,
        [
          intl.formatMessage({ id: 'sourceView.tie' }, { person: p.name, role: a.role }),
          // Its registration as last recorded ("unregistered"), said where its tie is read.
          a.registration === undefined
            ? ''
            : intl.formatMessage({ id: `forms.registration.${a.registration}` }),
        ]
          .filter((said) => said !== '')
          .join(' · '),
        'participants',
      );
  }
  for (const [i, a] of file.authorities.entries())
    add(
      'authority',
      `${a.id ?? 'authority'}#case${String(i)}`,
      a.sources,
      a.name ?? '',
      intl.formatMessage({ id: `forms.authorityRole.${a.role}` }),
      'authorities',
    );
  const names = chargeNames(intl, file.charges);
  for (const c of file.charges) {
    const name = names.get(c.id) ?? articleText(intl, c.article);
    for (const [i, s] of c.lifecycle.entries()) {
      const step = intl.formatMessage({ id: (i === 0 ? firstStepOf(c) : undefined) ?? `step.${s.kind}` });
      add('charge', `${c.id}#${String(i)}`, s.sources, name, `${step} ${day(s.date)}`, 'charges');
    }
  }
  for (const m of file.measures) {
    const name = intl.formatMessage({ id: `measureKind.${m.kind}`, defaultMessage: m.kindTitle });
    for (const [i, s] of m.steps.entries()) {
      const step = intl.formatMessage({ id: `measureStep.${s.kind}` });
      add('measure', `${m.id}#${String(i)}`, s.sources, name, `${step} ${day(s.date)}`, 'measures');
    }
  }
  for (const h of file.hearings)
    add(
      'hearing',
      h.id,
      h.sources,
      `${intl.formatMessage({ id: `hearingKind.${h.kind}` })}, ${day(h.date)}`,
      intl.formatMessage({ id: `hearingStatus.${h.status}` }),
      'hearings',
    );
  for (const e of file.events) {
    add('event', e.id, e.sources, e.title, e.start ? day(e.start) : '', 'events');
    // Each count of the event cites the sentence that counts it, which may be another.
    for (const kind of ['deaths', 'injured', 'detained'] as const) {
      const c = e.casualties?.[kind];
      const said = countText(intl, `forms.event.${kind}`, c);
      if (c !== undefined && said !== undefined)
        add('event', `${e.id}#${kind}`, c.sources, e.title, said, 'events');
    }
  }
  for (const a of more.claims ?? []) {
    if (a.document === source && a.passage !== undefined)
      out.push({
        place: a.allegation,
        record: a.allegation,
        quote: a.passage.quote,
        kind: 'claim',
        name: a.summary,
        what: '',
        section: 'allegations',
      });
    // Its other citations of the source: where a claim of a document known only from this source is told of, and
    // the sentences its note is read from, said to be so where the note quotes them; then the sentence its speech is
    // assessed from. None is left looking cited by nothing.
    const told = a.document === source ? a.passage?.quote : undefined;
    for (const quote of quotesOf(a.sources, source).filter((q) => q !== told)) {
      const isNoted = a.note !== undefined && a.note.includes(quote);
      const what = isNoted ? intl.formatMessage({ id: 'sourceView.claimNoteQuotes' }) : '';
      add('claim', a.allegation, [{ source, quote }], a.summary, what, 'allegations');
    }
    const assessed = a.speechAssessment;
    if (assessed !== undefined) {
      const finding = intl.formatMessage({ id: `forms.speechFinding.${assessed.finding}` });
      const why = assessed.reasoning === undefined ? finding : `${finding}: ${assessed.reasoning}`;
      add(
        'claim',
        `${a.allegation}#assessed`,
        assessed.sources,
        a.summary,
        said(intl, 'sourceView.claimAssessed', why),
        'allegations',
      );
    }
  }
  for (const e of more.evidence ?? []) add('evidence', e.id, e.sources, e.title, '', 'evidence');
  return oneLinePerRecord(out);
}

/**
 * A record citing one sentence for several of its facts (a charge brought and reclassified at the same words, an
 * event and its dead) is given one line, its facts in their order.
 */
function oneLinePerRecord(citers: readonly Citer[]): Citer[] {
  const lines = new Map<string, Citer>();
  for (const c of citers) {
    const key = `${c.record}|${c.quote.replace(/\s+/gu, ' ').trim()}`;
    const line = lines.get(key);
    if (line === undefined) lines.set(key, { ...c, place: `${c.record}|${String(lines.size)}` });
    else if (c.what !== '') line.what = line.what === '' ? c.what : `${line.what} · ${c.what}`;
  }
  return [...lines.values()];
}

/** What a claim's line says it records from a sentence of its own: "noted: …", "assessed: …". */
const said = (intl: IntlShape, id: string, what: string): string => intl.formatMessage({ id }, { what });
