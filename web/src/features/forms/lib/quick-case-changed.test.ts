import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isChangedFromDraft, withDrafted } from './quick-case-draft.ts';

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
