import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Day } from '../../../../../src/core/dates/day.ts';
import type { QuickCaseValues } from './quick-case.ts';
import { afterQuickSave } from './quick-case-saved.ts';
import { emptyQuickDocument } from './quick-case-documents.ts';

// The parts of the form's values a save's next page is chosen by.
const values = (confirmedOn: string, existing = '') =>
  ({ confirmedOn, source: { existing } }) as unknown as QuickCaseValues;
const ids = { case: 'case:new', source: 'source:new' };
const today = '2026-12-06' as Day;
const report = { counts: { charge: 5, source: 1 } };

test('a new case whose text is kept opens beside that text, its notice leading to the case as of its news', () => {
  assert.deepEqual(
    afterQuickSave(values('2023-01-26'), { report, kept: { kept: true } }, { into: '', ids, today }),
    {
      to: '/cases/case%3Anew/sources/source%3Anew',
      state: {
        recorded: { charge: 5, source: 1 },
        kept: { kept: true },
        source: 'source:new',
        caseAt: '/cases/case%3Anew?asOf=2023-01-26',
      },
    },
  );
});

test('how many rows read from the text were ticked as checked is said once saved; none read, nothing', () => {
  const checked = { ticked: 19, rows: 20 };
  const kept = { kept: true } as const;
  assert.deepEqual(
    afterQuickSave(values('2023-01-26'), { report, kept }, { into: '', ids, today, checked }).state[
      'checked'
    ],
    checked,
  );
  const none = { ticked: 0, rows: 0 };
  assert.equal(
    'checked' in
      afterQuickSave(values('2023-01-26'), { report, kept }, { into: '', ids, today, checked: none }).state,
    false,
  );
});

test('a text not kept, or none, opens the case page; one whose news is today opens it today', () => {
  const notKept = { kept: false, why: 'too large' } as const;
  assert.equal(
    afterQuickSave(values('2023-01'), { report, kept: notKept }, { into: '', ids, today }).to,
    '/cases/case%3Anew?asOf=2023-01-31',
  );
  assert.equal(
    afterQuickSave(values('2026-12-06'), { report, kept: undefined }, { into: '', ids, today }).to,
    '/cases/case%3Anew',
  );
  // A source recorded already is the one cited, and read beside the case.
  assert.equal(
    afterQuickSave(values('', 'source:old'), { report, kept: { kept: true } }, { into: '', ids, today }).to,
    '/cases/case%3Anew/sources/source%3Aold',
  );
});

test('added to a case, the case page opens as it was read, saying what was added and cited', () => {
  const outcomes = { charge: { created: 1, updated: 2 }, hearing: { created: 0, updated: 3 } };
  assert.deepEqual(
    afterQuickSave(
      values('2023-01-26'),
      { report: { outcomes }, kept: { kept: true } },
      { into: 'case:held', ids, today },
    ),
    {
      to: '/cases/case%3Aheld',
      state: { kept: { kept: true }, source: 'source:new', recorded: { charge: 1, hearing: 0 }, cited: 5 },
    },
  );
});

test('of the sources saved, a document the text tells of is counted apart from the text itself', () => {
  const told = {
    confirmedOn: '2023-01-26',
    source: { existing: '' },
    visibility: 'internal',
    documents: [
      { ...emptyQuickDocument('source:doc'), kind: 'indictment', title: 'Indictment', pageCount: 59 },
    ],
  } as unknown as QuickCaseValues;
  const saved = { report: { counts: { charge: 5, source: 2 } }, kept: { kept: true } } as const;
  assert.deepEqual(afterQuickSave(told, saved, { into: '', ids, today }).state['recorded'], {
    charge: 5,
    source: 1,
    document: 1,
  });
});
