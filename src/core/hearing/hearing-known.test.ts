import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeCaseFacts } from '../facts/case-facts.ts';
import { kzLaw, makeFile, makeHearing } from '../../../test/support/facts-factory.ts';
import { hearingKnownOn } from './hearing-known.ts';
import type { Hearing } from './hearing.ts';
import { checkRecordAlone } from '../record/record-rules.ts';
import { presentCaseFile } from '../case/case.presenter.ts';
import { referencesOf } from '../record/references.ts';
import { formatCaseFile } from '../../cli/format-case.ts';

const law = kzLaw();
const cite = [{ source: 'source:dispatch' }];

const upcoming = (hearings: Hearing[], asOf: string) =>
  computeCaseFacts(makeFile({ hearings }), law, asOf).upcomingHearings;

test('a hearing announced on 27 January is absent from the case as of 20 January and present from the 27th', () => {
  const h = makeHearing('hearing:resume', '2023-02-06', { announced: { on: '2023-01-27', sources: cite } });
  assert.deepEqual(upcoming([h], '2023-01-20'), []);
  const [known] = upcoming([h], '2023-01-27');
  assert.equal(known?.id, 'hearing:resume');
  assert.equal(known?.knowledge, 'announced');
  assert.equal(known?.announcedOn, '2023-01-27');
});

test('a hearing announced some day in January may not have been known on 20 January: shown, and labelled so', () => {
  const h = makeHearing('hearing:resume', '2023-02-06', { announced: { on: '2023-01', sources: cite } });
  assert.equal(upcoming([h], '2023-01-20')[0]?.knowledge, 'perhaps_announced');
  assert.equal(upcoming([h], '2023-02-01')[0]?.knowledge, 'announced');
  assert.deepEqual(upcoming([h], '2022-12-31'), []);
});

test('a hearing with no announcement day is shown as before, labelled as not recorded', () => {
  const [known] = upcoming([makeHearing('hearing:resume', '2023-02-06')], '2022-01-01');
  assert.equal(known?.knowledge, 'not_recorded');
  assert.equal(known?.announcedOn, undefined);
});

test('a postponement decided on 3 February is unknown on 1 February: the hearing is still scheduled, with no new day', () => {
  const h = makeHearing('hearing:resume', '2023-02-06', {
    status: 'postponed',
    nextDate: '2023-03-01',
    announced: { on: '2023-01-27', sources: cite },
    changes: [{ kind: 'postponed', decidedOn: '2023-02-03', to: '2023-03-01', sources: cite }],
  });
  const before = upcoming([h], '2023-02-01')[0];
  assert.equal(before?.status, 'scheduled');
  assert.equal(before?.changes, undefined);
  const asKnown = hearingKnownOn(h, '2023-02-01');
  assert.equal(asKnown?.status, 'scheduled');
  assert.equal(asKnown?.nextDate, undefined);
  const after = upcoming([h], '2023-02-03')[0];
  assert.equal(after?.status, 'postponed');
  assert.deepEqual(
    after?.changes?.map((c) => c.decidedOn),
    ['2023-02-03'],
  );
  assert.equal(hearingKnownOn(h, '2023-02-03')?.nextDate, '2023-03-01');
});

test('postponed, then cancelled later: as of a day between, postponed to the new day; after, cancelled and not upcoming', () => {
  const h = makeHearing('hearing:resume', '2023-02-06', {
    status: 'cancelled',
    changes: [
      { kind: 'postponed', decidedOn: '2023-02-03', to: '2023-03-01', sources: cite },
      { kind: 'cancelled', decidedOn: '2023-02-20', sources: cite },
    ],
  });
  const between = hearingKnownOn(h, '2023-02-10');
  assert.equal(between?.status, 'postponed');
  assert.equal(between?.nextDate, '2023-03-01');
  assert.equal(hearingKnownOn(h, '2023-02-20')?.status, 'cancelled');
  assert.deepEqual(upcoming([h], '2023-02-20'), []);
  assert.equal(upcoming([h], '2023-02-01')[0]?.status, 'scheduled');
  assert.equal(upcoming([h], '2023-02-05')[0]?.status, 'postponed');
});

test('a cancellation decided later than the as-of day does not hide the hearing then', () => {
  const h = makeHearing('hearing:resume', '2023-02-06', {
    status: 'cancelled',
    changes: [{ kind: 'cancelled', decidedOn: '2023-02-04', sources: cite }],
  });
  assert.equal(upcoming([h], '2023-02-01')[0]?.status, 'scheduled');
  assert.deepEqual(upcoming([h], '2023-02-04'), []);
});

test('a hearing record whose changes contradict its dates or its status is refused, each issue at its place', () => {
  const issues: { code: string; path: string }[] = [];
  const h = makeHearing('hearing:bad', '2023-02-06', {
    status: 'cancelled',
    announced: { on: '2023-02-10', sources: cite },
    changes: [
      { kind: 'postponed', decidedOn: '2023-02-01', to: '2023-01-20', sources: cite },
      { kind: 'postponed', decidedOn: '2023-01-25', sources: cite },
    ],
  });
  checkRecordAlone(
    'hearing',
    h,
    2,
    (code, path) => issues.push({ code, path }),
    () => {},
  );
  assert.deepEqual(issues, [
    { code: 'date.order', path: '$.hearings[2].announced.on' },
    { code: 'date.order', path: '$.hearings[2].changes[1].decidedOn' },
    { code: 'date.order', path: '$.hearings[2].changes[0].decidedOn' },
    { code: 'date.order', path: '$.hearings[2].changes[0].to' },
    { code: 'date.order', path: '$.hearings[2].changes[1].decidedOn' },
    { code: 'validation.invalid', path: '$.hearings[2].status' },
  ]);
});

test('the case shown as of a day holds only the hearings known then, as they stood', () => {
  const announcedLater = makeHearing('hearing:later', '2023-03-01', {
    announced: { on: '2023-02-10', sources: cite },
  });
  const postponedLater = makeHearing('hearing:resume', '2023-02-06', {
    status: 'postponed',
    nextDate: '2023-03-01',
    changes: [{ kind: 'postponed', decidedOn: '2023-02-03', to: '2023-03-01', sources: cite }],
  });
  const file = makeFile({ hearings: [announcedLater, postponedLater] });
  const shown = presentCaseFile(file, law, { asOf: '2023-02-01' });
  assert.equal(shown.asOf, '2023-02-01');
  assert.match(
    formatCaseFile(shown),
    /As known on 1 February 2023[^]*6 February 2023 +trial session \(scheduled\)\n +day it was announced not recorded/,
  );
  assert.deepEqual(
    shown.hearings.map((h) => [h.id, h.status, h.nextDate]),
    [['hearing:resume', 'scheduled', undefined]],
  );
  assert.deepEqual(
    presentCaseFile(file, law).hearings.map((h) => [h.id, h.status]),
    [
      ['hearing:later', 'scheduled'],
      ['hearing:resume', 'postponed'],
    ],
  );
});

test('the sources of an announcement and of each change are references, so a missing source is found', () => {
  const h = makeHearing('hearing:resume', '2023-02-06', {
    status: 'cancelled',
    announced: { on: '2023-01-27', sources: [{ source: 'source:a' }] },
    changes: [{ kind: 'cancelled', decidedOn: '2023-02-01', sources: [{ source: 'source:b' }] }],
  });
  assert.deepEqual(
    referencesOf('hearing', h)
      .filter((r) => r.kind === 'source')
      .map((r) => [r.path, r.id]),
    [
      ['.announced.sources[0].source', 'source:a'],
      ['.changes[0].sources[0].source', 'source:b'],
    ],
  );
});
