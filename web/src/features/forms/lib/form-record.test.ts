import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PersonSchema } from '../../../../../src/core/person/person.ts';
import { changedFields, formPathOf, recordOfForm } from './form-record.ts';

test('empty boxes are left out, so an optional field not filled in is not sent', () => {
  const form = {
    id: 'person:a',
    birthDate: '',
    names: [
      {
        value: 'Асель',
        script: 'Cyrl',
        language: 'kk',
        kind: 'native',
        parts: { family: '', given: 'Асель' },
      },
    ],
    sources: [{ source: 'source:x', page: Number.NaN, quote: '' }],
    contact: { address: '  ' },
    origin: { kind: '', from: [''] },
    visibility: 'internal',
  };
  assert.deepEqual(recordOfForm(form), {
    id: 'person:a',
    names: [{ value: 'Асель', script: 'Cyrl', language: 'kk', kind: 'native', parts: { given: 'Асель' } }],
    sources: [{ source: 'source:x' }],
    visibility: 'internal',
  });
});

test("a person written in the form is one the core's own schema accepts", () => {
  const record = recordOfForm({
    id: 'person:b',
    names: [{ value: 'Aigerim', script: 'Latn', language: 'en', kind: 'transliteration' }],
    birthDate: '1990~',
    visibility: 'public',
  });
  assert.equal(PersonSchema.safeParse(record).success, true);
  assert.equal(
    PersonSchema.safeParse(recordOfForm({ id: 'person:c', names: [], visibility: 'x' })).success,
    false,
  );
});

test("an API issue's place becomes the form field it belongs to", () => {
  assert.equal(formPathOf({ path: '$.record.names[0].value' }), 'names.0.value');
  assert.equal(formPathOf({ path: '$.steps[1].date' }), 'steps.1.date');
  assert.equal(formPathOf({ field: 'title' }), 'title');
  assert.equal(formPathOf({ path: '$.record' }), undefined);
  assert.equal(formPathOf({}), undefined);
});

test('a conflict names the fields that differ, and only those', () => {
  assert.deepEqual(
    changedFields({ title: 'A', jurisdiction: 'kz' }, { title: 'B', jurisdiction: 'kz', summary: 'S' }),
    ['summary', 'title'],
  );
});
