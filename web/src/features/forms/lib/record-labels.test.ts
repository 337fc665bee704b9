import assert from 'node:assert/strict';
import { test } from 'node:test';
import { filterOptions, joinPrincipal, labelOf, splitPrincipal } from './record-labels.ts';

const say = (id: string, values?: Record<string, string>) => `${id}${values ? JSON.stringify(values) : ''}`;

test("a picker names a person by the name in the reader's language, a source by its title, a charge by its article", () => {
  const names = [
    { value: 'Жанболат Мамай', script: 'Cyrl', language: 'kk', kind: 'native' },
    { value: 'Zhanbolat Mamay', script: 'Latn', language: 'en', kind: 'transliteration' },
  ];
  assert.equal(labelOf('person', { id: 'person:m', names }, 'en', say), 'Zhanbolat Mamay');
  assert.equal(labelOf('person', { id: 'person:m', names }, 'kk', say), 'Жанболат Мамай');
  assert.equal(labelOf('source', { id: 'source:d', title: 'Dispatch' }, 'en', say), 'Dispatch');
  assert.equal(
    labelOf('charge', { id: 'charge:1', article: { article: '274', part: '2' } }, 'ru', say),
    'article.withPart{"article":"274","part":"2"}',
  );
  assert.equal(
    labelOf('decision', { id: 'd', kind: 'verdict', date: '2023-04-12' }, 'en', say),
    'decisionKind.verdict 2023-04-12',
  );
});

test('a record with nothing to name it by is named by its id', () => {
  assert.equal(labelOf('person', { id: 'person:x', names: [] }, 'en', say), 'person:x');
  assert.equal(labelOf('charge', { id: 'charge:x' }, 'en', say), 'charge:x');
  assert.equal(labelOf('event', { id: 'event:x' }, 'en', say), 'event:x');
});

test('typing narrows the options by every word, in label or id, whatever the case or accents', () => {
  const options = [
    { id: 'organisation:court-almaty', label: 'Алматинский городской суд' },
    { id: 'organisation:pressclub', label: 'Adil Soz' },
    { id: 'organisation:party', label: 'Демократический выбор Казахстана' },
  ];
  assert.deepEqual(
    filterOptions(options, 'СУД алмат').map((o) => o.id),
    ['organisation:court-almaty'],
  );
  assert.deepEqual(
    filterOptions(options, 'pressclub').map((o) => o.id),
    ['organisation:pressclub'],
  );
  assert.deepEqual(
    filterOptions(options, 'ádil').map((o) => o.id),
    ['organisation:pressclub'],
  );
  assert.equal(filterOptions(options, '  ').length, 3);
  assert.deepEqual(filterOptions(options, 'nothing like it'), []);
});

test('a reader is edited as a type and a name, and written back as the core has it', () => {
  assert.deepEqual(splitPrincipal('group:lawyers'), { type: 'group', name: 'lawyers' });
  assert.deepEqual(splitPrincipal('user:aigerim'), { type: 'user', name: 'aigerim' });
  assert.deepEqual(splitPrincipal(undefined), { type: 'user', name: '' });
  assert.equal(joinPrincipal({ type: 'group', name: ' lawyers ' }), 'group:lawyers');
  assert.equal(joinPrincipal({ type: 'user', name: '' }), '', 'an empty row is left out');
  assert.equal(joinPrincipal({ type: 'group', name: '' }), 'group:', 'a group keeps its choice until named');
  for (const value of ['user:a', 'group:b.c']) assert.equal(joinPrincipal(splitPrincipal(value)), value);
});
