import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isAsDrafted, isChangedFromDraft, withDrafted } from './quick-case-changed.ts';

const claim = withDrafted({
  id: 'allegation:1',
  summary: 'Mamay uploaded videos to Facebook',
  type: 'speech',
  charge: 'charge:3',
  elements: ['organising'],
});

test('a row whose boxes are drawn empty where the text gave nothing is not changed', () => {
  // Opened, its boxes mount: the assessment unchosen, the reasoning empty, a date box empty, a box unticked.
  const opened = {
    ...claim,
    finding: '',
    reasoning: '',
    conductOn: '',
    isDisputed: false,
    deaths: Number.NaN,
  };
  assert.equal(isChangedFromDraft(opened), false);
  assert.equal(isChangedFromDraft({ ...opened, elements: ['organising'] }), false);
});

test('a row with a box typed, chosen, ticked or emptied is changed', () => {
  assert.equal(isChangedFromDraft({ ...claim, finding: 'protected' }), true);
  assert.equal(isChangedFromDraft({ ...claim, summary: `${claim.summary} (Zhanaozen)` }), true);
  assert.equal(isChangedFromDraft({ ...claim, elements: ['organising', 'intent'] }), true);
  // What the text gave, emptied, is a change too.
  assert.equal(isChangedFromDraft({ ...claim, charge: '' }), true);
  assert.equal(isChangedFromDraft({ ...claim, elements: [] }), true);
});

test('a box the text left empty is as drafted while it stays empty, and not once typed into', () => {
  const measure = withDrafted({
    id: 'measure:1',
    kind: 'custody',
    from: '',
    duration: 'just over eight months',
  });
  assert.equal(isAsDrafted({ ...measure, from: '' }, 'from'), true);
  assert.equal(isAsDrafted({ ...measure, from: '2022-05-01' }, 'from'), false);
  assert.equal(isAsDrafted(measure, 'kind'), true);
  assert.equal(isAsDrafted({ ...measure, kind: 'house_arrest' }, 'kind'), false);
});

test('a box set apart (a note on how the dates are known) changes nothing else of the row', () => {
  const charge = withDrafted({ id: 'charge:1', article: '378', date: '[2022-01-01..2022-11-07]' });
  const noted = { ...charge, note: 'The start is not from the text.' };
  assert.equal(isChangedFromDraft(noted), true);
  assert.equal(isChangedFromDraft(noted, ['note']), false);
  assert.equal(isChangedFromDraft({ ...noted, date: '2022-10' }, ['note']), true);
});
