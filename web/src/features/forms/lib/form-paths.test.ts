import assert from 'node:assert/strict';
import { test } from 'node:test';
import { afterSavePath, formPath } from './form-paths.ts';

test("a form's address: new, new from a case, or an edit", () => {
  assert.equal(formPath('event'), '/records/event/new');
  assert.equal(formPath('source', undefined, 'case:a b'), '/records/source/new?case=case%3Aa%20b');
  assert.equal(formPath('decision', 'decision:v'), '/records/decision/decision%3Av/edit');
  // An edit opened from a case says so, to come back to it once saved.
  assert.equal(formPath('event', 'event:e', 'case:x'), '/records/event/event%3Ae/edit?case=case%3Ax');
});

test('saving returns to the case the record belongs to or was added from, or to the record', () => {
  assert.equal(afterSavePath('decision', { id: 'decision:v', case: 'case:x' }), '/cases/case%3Ax');
  assert.equal(afterSavePath('source', { id: 'source:s' }, 'case:x'), '/cases/case%3Ax');
  assert.equal(afterSavePath('event', { id: 'event:e', cases: ['case:y'] }, 'case:y'), '/cases/case%3Ay');
  assert.equal(afterSavePath('organisation', { id: 'organisation:o' }), '/organisations/organisation%3Ao');
  assert.equal(afterSavePath('person', { id: 'person:p' }), '/persons/person%3Ap');
  assert.equal(afterSavePath('source', { id: 'source:s' }), '/records/source/source%3As/edit');
  assert.equal(afterSavePath('case', { id: 'case:x' }, 'case:other'), '/cases/case%3Ax');
});

test('saving an allegation made of a passage returns to its document at its page; one added from the case, to the case', () => {
  const record = {
    id: 'allegation:a',
    case: 'case:x',
    document: 'source:ind',
    passage: { page: 3, quote: 'q', start: 10, end: 20 },
  };
  assert.equal(afterSavePath('allegation', record, 'case:x'), '/documents/source%3Aind?page=3');
  assert.equal(
    afterSavePath('allegation', { id: 'a', document: 'source:ind', passage: { start: 0, end: 5 } }),
    '/documents/source%3Aind',
  );
  // Typed into the form opened from the case's page (no passage selected): back to the case.
  assert.equal(
    afterSavePath('allegation', { ...record, passage: { page: 3, quote: 'q' } }, 'case:x'),
    '/cases/case%3Ax',
  );
  assert.equal(afterSavePath('evidence', { id: 'evidence:e', case: 'case:x' }), '/cases/case%3Ax');
});
