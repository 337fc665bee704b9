import assert from 'node:assert/strict';
import { test } from 'node:test';
import { caseRecord, chargeRecord, personRecord } from '../../../test/support/record-fixtures.ts';
import type { RecordOf } from '../record/record-kinds.ts';
import type { CaseFile } from './case-file.ts';
import { sourcesThroughOthers } from './case-sources.ts';

const source = (id: string, overrides: Partial<RecordOf<'source'>> = {}): RecordOf<'source'> =>
  ({ id, kind: 'report', title: id, visibility: 'internal', ...overrides }) as RecordOf<'source'>;

const prosecutor: RecordOf<'organisation'> = {
  id: 'org:prosecutor',
  names: [
    {
      value: 'City prosecutor',
      script: 'Latn',
      language: 'en',
      kind: 'native',
      sources: [{ source: 'source:other' }],
    },
  ],
  kind: 'prosecutor',
  registration: [],
  visibility: 'internal',
  sources: [],
};

function file(overrides: Partial<CaseFile> = {}): CaseFile {
  return {
    case: caseRecord('case:a', {
      authorities: [{ organisation: 'org:prosecutor', role: 'prosecuting', sources: [] }],
    }),
    charges: [],
    measures: [],
    hearings: [],
    decisions: [],
    persons: [],
    organisations: [prosecutor],
    events: [],
    sources: [source('source:other'), source('source:own', { case: 'case:a' })],
    ...overrides,
  };
}

test('a source only an organisation the case names cites is told as cited through it', () => {
  assert.deepEqual(
    [...sourcesThroughOthers(file()).entries()],
    [['source:other', [{ kind: 'organisation', id: 'org:prosecutor', name: 'City prosecutor' }]]],
  );
});

test('a source the case or one of its own records cites is the case’s, whoever else cites it', () => {
  const cited = chargeRecord('charge:a', 'case:a', { sources: [{ source: 'source:other' }] });
  assert.equal(sourcesThroughOthers(file({ charges: [cited] })).size, 0);
  const byCase = file();
  byCase.case = { ...byCase.case, sources: [{ source: 'source:other' }] };
  assert.equal(sourcesThroughOthers(byCase).size, 0);
});

test('each record that cites a source through others is named once, persons as organisations', () => {
  const person = personRecord('person:a', {
    names: [
      {
        value: 'Aigerim',
        script: 'Latn',
        language: 'en',
        kind: 'native',
        sources: [{ source: 'source:other' }],
      },
      {
        value: 'Айгерим',
        script: 'Cyrl',
        language: 'ru',
        kind: 'native',
        sources: [{ source: 'source:other' }],
      },
    ],
  });
  assert.deepEqual(
    sourcesThroughOthers(file({ persons: [person] }))
      .get('source:other')
      ?.map((r) => r.id),
    ['person:a', 'org:prosecutor'],
  );
});
