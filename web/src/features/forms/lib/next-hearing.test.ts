import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nextHearingsDue, nextHearingValues } from './next-hearing.ts';

const FIRST = {
  id: 'hearing:first',
  case: 'case:a',
  kind: 'trial_session',
  date: '2022-11-07',
  nextDate: '2023-02-06',
  status: 'held',
  access: 'closed',
  court: 'org:court',
  judges: ['person:judge'],
  prosecutors: [],
  charges: ['charge:378', 'charge:274'],
  outcome: 'adjourned',
  visibility: 'public',
};

test('the next hearing starts on the day the last one set, in the same court, on the same charges', () => {
  const values = nextHearingValues({ id: 'hearing:new', status: 'scheduled', access: 'unknown' }, FIRST);
  assert.deepEqual(
    [values.id, values.case, values.kind, values.date, values.status, values.access],
    ['hearing:new', 'case:a', 'trial_session', '2023-02-06', 'scheduled', 'unknown'],
  );
  assert.deepEqual([values.court, values.judges, values.charges], [FIRST.court, FIRST.judges, FIRST.charges]);
  assert.equal(values.outcome, undefined);
});

test('a next day offers a hearing only while none is recorded on it', () => {
  const second = { id: 'hearing:second', date: '2023-02-06' };
  assert.deepEqual(
    nextHearingsDue([FIRST]).map((h) => h.id),
    ['hearing:first'],
  );
  assert.deepEqual(nextHearingsDue([FIRST, second]), []);
});
