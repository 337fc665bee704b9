// Test fixtures for the facts engine: a case file built from small records with overrides, and the real KZ law.
import { fileURLToPath } from 'node:url';
import { loadLegalKnowledge } from '../../src/store/law-files.ts';
import type { CaseFile } from '../../src/core/case/case-file.ts';
import type { Charge, ChargeStep } from '../../src/core/charge/charge.ts';
import type { Decision } from '../../src/core/decision/decision.ts';
import type { Hearing } from '../../src/core/hearing/hearing.ts';
import type { LegalKnowledge } from '../../src/core/law/legal-knowledge.ts';
import type { ArticleRef } from '../../src/core/law/law.ts';
import type { Measure, MeasureStep } from '../../src/core/measure/measure.ts';
import type { Person } from '../../src/core/person/person.ts';

export const CASE_ID = 'case:test';
export const DEFENDANT = 'person:mamay';

let cached: LegalKnowledge | undefined;

/** The Kazakhstan law pack from data/law/kz, loaded once. */
export function kzLaw(): LegalKnowledge {
  cached ??= loadLegalKnowledge(fileURLToPath(new URL('../../data/law', import.meta.url)), ['kz']);
  return cached;
}

/** A Criminal Code reference: cc('272', '1') is Art. 272(1); without a part, the part is unknown. */
export function cc(article: string, part?: string): ArticleRef {
  return { jurisdiction: 'kz', code: 'cc', article, ...(part !== undefined ? { part } : {}) };
}

/** A charge step. */
export function step(kind: ChargeStep['kind'], date: string, extra: Partial<ChargeStep> = {}): ChargeStep {
  return { kind, date, sources: [], ...extra };
}

/** A charge against the default defendant, brought on `brought`, with more steps and overrides. */
export function makeCharge(
  id: string,
  article: ArticleRef,
  brought: string,
  more: ChargeStep[] = [],
  overrides: Partial<Charge> = {},
): Charge {
  return {
    id,
    case: CASE_ID,
    defendant: DEFENDANT,
    article,
    lifecycle: [step('brought', brought), ...more],
    visibility: 'internal',
    sources: [],
    ...overrides,
  };
}

/** A measure step. */
export function mstep(
  kind: MeasureStep['kind'],
  date: string,
  extra: Partial<MeasureStep> = {},
): MeasureStep {
  return { kind, date, sources: [], ...extra };
}

/** A measure on the default defendant, ordered on `ordered`, with more steps and overrides. */
export function makeMeasure(
  id: string,
  kind: string,
  ordered: string,
  more: MeasureStep[] = [],
  overrides: Partial<Measure> = {},
): Measure {
  return {
    id,
    case: CASE_ID,
    person: DEFENDANT,
    kind,
    steps: [mstep('ordered', ordered), ...more],
    visibility: 'internal',
    sources: [],
    ...overrides,
  };
}

/** A verdict against the default defendant with overrides. */
export function makeDecision(id: string, overrides: Partial<Decision> = {}): Decision {
  return {
    id,
    case: CASE_ID,
    kind: 'verdict',
    date: '2023-06-01',
    judges: [],
    defendant: DEFENDANT,
    outcomes: [],
    sentence: [],
    appeals: [],
    visibility: 'internal',
    sources: [],
    ...overrides,
  };
}

/** A hearing with overrides. */
export function makeHearing(id: string, date: string, overrides: Partial<Hearing> = {}): Hearing {
  return {
    id,
    case: CASE_ID,
    kind: 'trial_session',
    date,
    judges: [],
    prosecutors: [],
    access: 'unknown',
    status: 'scheduled',
    visibility: 'internal',
    sources: [],
    ...overrides,
  };
}

/** The default defendant as a person record. */
export function makePerson(overrides: Partial<Person> = {}): Person {
  return {
    id: DEFENDANT,
    names: [
      {
        value: 'Zhanbolat Mamay',
        script: 'Latn',
        language: 'en',
        kind: 'transliteration',
        isPreferred: true,
        sources: [],
      },
    ],
    affiliations: [],
    visibility: 'internal',
    sources: [],
    ...overrides,
  };
}

/**
 * The horizon the fixtures' cases state: confirmed far past any day the tests ask about, so that a test of
 * status or credit sees the record as current. Tests of the horizon itself set their own (or none).
 */
export const CONFIRMED_THROUGHOUT = {
  on: '2100',
  note: 'test fixture: the record is current on every day asked about',
  sources: [],
};

/** A case file with one defendant and the given records. */
export function makeFile(overrides: Partial<CaseFile> = {}): CaseFile {
  return {
    case: {
      id: CASE_ID,
      jurisdiction: 'kz',
      title: 'Test case',
      numbers: [],
      authorities: [],
      groups: [],
      themes: [],
      participants: [{ person: DEFENDANT, role: 'defendant', sources: [] }],
      events: [],
      confirmed: CONFIRMED_THROUGHOUT,
      visibility: 'internal',
      sources: [],
    },
    charges: [],
    measures: [],
    hearings: [],
    decisions: [],
    persons: [makePerson()],
    organisations: [],
    events: [],
    sources: [],
    ...overrides,
  };
}
