import type { RecordOf } from '../../src/core/record/record-kinds.ts';

// Valid records for store tests, with overrides; ids and names are made up.

/** A person with one Latin name unless names are given. */
export function personRecord(id: string, overrides: Partial<RecordOf<'person'>> = {}): RecordOf<'person'> {
  return {
    id,
    names: [
      { value: 'Zhanbolat Mamay', script: 'Latn', language: 'en', kind: 'official_latin', sources: [] },
    ],
    affiliations: [],
    visibility: 'internal',
    sources: [],
    ...overrides,
  };
}

/** A case, with participants when given. */
export function caseRecord(id: string, overrides: Partial<RecordOf<'case'>> = {}): RecordOf<'case'> {
  return {
    id,
    jurisdiction: 'kz',
    title: `Case ${id}`,
    numbers: [],
    authorities: [],
    groups: [],
    themes: [],
    participants: [],
    events: [],
    visibility: 'internal',
    sources: [],
    ...overrides,
  };
}

/** A charge under art. 272 part 1 of the Kazakh criminal code, brought on a given day. */
export function chargeRecord(
  id: string,
  caseId: string,
  overrides: Partial<RecordOf<'charge'>> = {},
): RecordOf<'charge'> {
  return {
    id,
    case: caseId,
    defendant: 'person:mamay',
    article: { jurisdiction: 'kz', code: 'cc', article: '272', part: '1' },
    lifecycle: [{ kind: 'brought', date: '2022-03-15', sources: [] }],
    visibility: 'internal',
    sources: [],
    ...overrides,
  };
}
