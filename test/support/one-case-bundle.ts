/**
 * A bundle of one case in Kazakhstan ("case:c") with its one defendant ("person:p") and one source, to which a test
 * adds the case's fields and the records it is about (charges, measures…).
 */
export function oneCaseBundle<C extends object, R extends object>(
  source: { id: string; title: string },
  caseFields: C,
  records: R,
) {
  return {
    format: 'casewatch-bundle',
    formatVersion: 1,
    sources: [{ id: source.id, kind: 'document', title: source.title }],
    persons: [
      { id: 'person:p', names: [{ value: 'Person P', script: 'Latn', language: 'en', kind: 'native' }] },
    ],
    cases: [
      {
        id: 'case:c',
        jurisdiction: 'kz',
        title: 'Case C',
        participants: [{ person: 'person:p', role: 'defendant' }],
        ...caseFields,
      },
    ],
    ...records,
  };
}
