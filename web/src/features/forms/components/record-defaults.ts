import type { ZodType } from 'zod';
import { AllegationSchema } from '../../../../../src/core/allegation/allegation.ts';
import { CaseSchema } from '../../../../../src/core/case/case.ts';
import { DecisionSchema } from '../../../../../src/core/decision/decision.ts';
import { EventSchema } from '../../../../../src/core/event/event.ts';
import { EvidenceSchema } from '../../../../../src/core/evidence/evidence.ts';
import { ChargeSchema } from '../../../../../src/core/charge/charge.ts';
import { HearingSchema } from '../../../../../src/core/hearing/hearing.ts';
import { MeasureSchema } from '../../../../../src/core/measure/measure.ts';
import { OrganisationSchema } from '../../../../../src/core/organisation/organisation.ts';
import { PersonSchema } from '../../../../../src/core/person/person.ts';
import { SourceSchema } from '../../../../../src/core/source/source.ts';
import { passageFromParams } from '../../documents/lib/passage.ts';
import type { FormKind } from '../api/records.ts';
import { nameKindOf, nameWriting, type NameWriting } from '../lib/name-script.ts';

/** Each kind's schema: the core's own, so the form refuses exactly what the core refuses. */
export const SCHEMAS: Record<FormKind, ZodType> = {
  person: PersonSchema,
  case: CaseSchema,
  charge: ChargeSchema,
  measure: MeasureSchema,
  hearing: HearingSchema,
  source: SourceSchema,
  organisation: OrganisationSchema,
  event: EventSchema,
  decision: DecisionSchema,
  allegation: AllegationSchema,
  evidence: EvidenceSchema,
};

/** What a speech allegation's assessment holds while nothing is written in it (left out when saved). */
export const EMPTY_ASSESSMENT = { finding: '', standard: '', reasoning: '', sources: [] };

/** How many ids this page has drawn (modulo two base-36 digits), so those of one millisecond keep their order. */
let drawn = 0;

/**
 * A fresh id for a new record: the kind, the time it was drawn and a random tail (the user may write a readable one
 * instead).
 */
export function newId(kind: FormKind): string {
  // The time first, then a count within the page, then chance: records drawn in turn (the rows of one form, filled
  // from a text in its order) list in that order wherever records are listed by id.
  const time = Date.now().toString(36).padStart(9, '0');
  drawn = (drawn + 1) % 1296;
  const count = drawn.toString(36).padStart(2, '0');
  return `${kind}:${time}${count}${Math.random().toString(36).slice(2, 5)}`;
}

/**
 * What a new record's form starts with; `caseId` when it is added from a case's page, and for an allegation
 * opened from the document viewer, the document and passage its URL carries.
 */
export function newRecordValues(
  kind: FormKind,
  caseId: string | undefined,
  params: URLSearchParams = new URLSearchParams(),
  /** The interface's language: a first name is taken to be written in it until letters are typed. */
  language?: string,
): Record<string, unknown> {
  const common = { id: newId(kind), visibility: 'internal', fieldVisibility: {}, sources: [] };
  // A record made from a picker that did not find it starts with the words typed there (?name=).
  const typed = params.get('name') ?? '';
  const writing: NameWriting =
    language === 'en'
      ? { script: 'Latn', language: 'en' }
      : { script: 'Cyrl', language: language === 'kk' ? 'kk' : 'ru' };
  // Empty, the first name is taken to be the native form; typed, its letters say which it is.
  const firstName = (latinKind: 'transliteration' | 'translation') => {
    if (typed === '') return [{ value: '', ...writing, kind: 'native' }];
    const typedWriting = nameWriting(typed) ?? writing;
    return [{ value: typed, ...typedWriting, kind: nameKindOf(typedWriting, latinKind) }];
  };
  const inCase = { case: caseId ?? '' };
  switch (kind) {
    case 'person':
      return {
        ...common,
        names: firstName('transliteration'),
        // Shown as what it is: contact details are restricted unless the editor opens them.
        fieldVisibility: { contact: 'restricted' },
      };
    case 'case':
      return { ...common, title: '', jurisdiction: 'kz', participants: [] };
    case 'charge':
      return {
        ...common,
        ...inCase,
        defendant: '',
        article: { jurisdiction: 'kz', code: 'cc', article: '', part: '' },
        lifecycle: [{ kind: 'brought', date: '', sources: [] }],
      };
    case 'measure':
      return {
        ...common,
        ...inCase,
        person: '',
        kind: 'custody',
        steps: [{ kind: 'ordered', date: '', sources: [] }],
      };
    case 'hearing':
      // Whether the public could attend is not known until someone says: never "open" by default.
      return {
        ...common,
        ...inCase,
        kind: 'trial_session',
        date: '',
        status: 'scheduled',
        access: 'unknown',
      };
    case 'source': {
      // A source cites nothing: it is what the others cite.
      const { sources: _none, ...own } = common;
      return { ...own, kind: 'document', title: typed };
    }
    case 'organisation':
      return {
        ...common,
        names: firstName('translation'),
        kind: 'ngo',
      };
    case 'event':
      // An event added from a case's page starts tied to that case.
      return {
        ...common,
        kind: 'protest',
        title: typed,
        start: '',
        cases: caseId !== undefined ? [caseId] : [],
      };
    case 'decision':
      return { ...common, ...inCase, kind: 'verdict', date: '', defendant: '' };
    case 'allegation':
      return {
        ...common,
        ...inCase,
        document: params.get('document') ?? '',
        passage: passageFromParams(params) ?? { page: Number.NaN, quote: '' },
        type: 'act',
        summary: '',
        elements: [],
        conductOn: '',
        speechAssessment: EMPTY_ASSESSMENT,
        note: params.get('note') ?? '',
      };
    case 'evidence':
      return {
        ...common,
        ...inCase,
        type: 'document',
        side: 'prosecution',
        title: '',
        page: Number.NaN,
        reliability: { rating: '', reason: '' },
        links: [],
      };
  }
}
