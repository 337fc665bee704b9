import assert from 'node:assert/strict';
import { test } from 'node:test';
import { kzLaw, makeFile, makeHearing } from '../../../test/support/facts-factory.ts';
import { computeCaseFacts } from './case-facts.ts';

const law = kzLaw();

test('the next day a held hearing set is the next hearing, until a hearing is recorded on it', () => {
  const held = makeHearing('hearing:first', '2022-11-07', { status: 'held', nextDate: '2023-02-06' });
  const before = computeCaseFacts(makeFile({ hearings: [held] }), law, '2022-11-01');
  assert.deepEqual(
    before.upcomingHearings.map((u) => u.id),
    ['hearing:first'],
    'before it is held, the hearing itself is next, and the day it sets is not known yet',
  );
  assert.equal(before.upcomingHearings[0]?.setBy, undefined);
  const after = computeCaseFacts(makeFile({ hearings: [held] }), law, '2023-01-30');
  assert.deepEqual(
    after.upcomingHearings.map((u) => [u.id, u.date.earliest, u.status, u.setBy]),
    [['hearing:first', '2023-02-06', 'scheduled', 'hearing:first']],
  );
  const recorded = makeHearing('hearing:second', '2023-02-06', { status: 'scheduled' });
  const both = computeCaseFacts(makeFile({ hearings: [held, recorded] }), law, '2023-01-30');
  assert.deepEqual(
    both.upcomingHearings.map((u) => [u.id, u.setBy]),
    [['hearing:second', undefined]],
  );
});
