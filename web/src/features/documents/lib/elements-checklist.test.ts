import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { OffenceElement } from '../api/documents.ts';
import { elementChoices, toggleElement } from './elements-checklist.ts';

const ELEMENTS: OffenceElement[] = [
  { key: 'organising', kind: 'conduct', title: 'Organising' },
  { key: 'mass_riots', kind: 'conduct', title: 'Mass riots' },
  { key: 'violence', kind: 'circumstance', title: 'Accompanied by…', alternatives: ['violence', 'arson'] },
  { key: 'intent', kind: 'mental', title: 'Intent' },
];

test('the checklist lists the article elements in the law order, checked where the allegation names them', () => {
  const choices = elementChoices(ELEMENTS, ['intent', 'organising']);
  assert.deepEqual(
    choices.map((c) => [c.key, c.isChecked, c.isUnknown]),
    [
      ['organising', true, false],
      ['mass_riots', false, false],
      ['violence', false, false],
      ['intent', true, false],
    ],
  );
  assert.deepEqual(choices[2]?.alternatives, ['violence', 'arson']);
});

test('an element the article does not hold stays on the list, checked and marked, so an edit keeps it', () => {
  const choices = elementChoices(ELEMENTS, ['calls_to_riot', 'intent', 'calls_to_riot']);
  assert.equal(choices.length, 5);
  assert.deepEqual(choices.at(-1), {
    key: 'calls_to_riot',
    title: 'calls_to_riot',
    isChecked: true,
    isUnknown: true,
  });
  assert.deepEqual(elementChoices([], ['x']), [{ key: 'x', title: 'x', isChecked: true, isUnknown: true }]);
});

test('checking and clearing keep each key once, in the law order, the unknown ones after', () => {
  let chosen = toggleElement(ELEMENTS, [], 'intent', true);
  chosen = toggleElement(ELEMENTS, chosen, 'organising', true);
  chosen = toggleElement(ELEMENTS, chosen, 'organising', true);
  assert.deepEqual(chosen, ['organising', 'intent']);
  assert.deepEqual(toggleElement(ELEMENTS, ['other', 'intent'], 'mass_riots', true), [
    'mass_riots',
    'intent',
    'other',
  ]);
  assert.deepEqual(toggleElement(ELEMENTS, ['organising', 'intent'], 'organising', false), ['intent']);
  assert.deepEqual(toggleElement(ELEMENTS, ['other'], 'other', false), []);
});
