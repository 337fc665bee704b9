import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeCaseFacts } from './case-facts.ts';
import { creditFor } from './credit.ts';
import { kzLaw, makeFile, makeMeasure, mstep } from '../../../test/support/facts-factory.ts';
import type { Measure } from '../measure/measure.ts';

const law = kzLaw();

const facts = (measures: Measure[], asOf: string) => computeCaseFacts(makeFile({ measures }), law, asOf);
const defendant = (measures: Measure[], asOf: string) => {
  const d = facts(measures, asOf).defendants[0];
  assert.ok(d);
  return d;
};

/** Detained as a suspect on 5 January 2022, remanded in custody on 7 January, still in custody. */
const detainedThenRemanded = (
  detained = '2022-01-05',
  remanded = '2022-01-07',
  times: [string?, string?] = [],
) => [
  makeMeasure(
    'measure:detention',
    'suspect_detention',
    detained,
    [mstep('changed', remanded, { successor: 'measure:custody', ...(times[1] ? { time: times[1] } : {}) })],
    times[0]
      ? {
          steps: [
            mstep('ordered', detained, { time: times[0] }),
            mstep('changed', remanded, {
              successor: 'measure:custody',
              ...(times[1] ? { time: times[1] } : {}),
            }),
          ],
        }
      : {},
  ),
  makeMeasure('measure:custody', 'custody', remanded),
];

test("a suspect's detention then remand: the days add up once, the credit counts both, the 72 hours hold", () => {
  const d = defendant(detainedThenRemanded(), '2022-03-01');
  assert.deepEqual(
    d.measures.map((m) => [m.kind, m.days.min, m.days.max]),
    [
      ['suspect_detention', 2, 2],
      ['custody', 54, 54], // 7 January to 1 March, the as-of day counted
    ],
  );
  assert.deepEqual(d.deprivedOfLiberty, { min: 56, max: 56 });
  assert.deepEqual(d.deprivedOfLibertyBy.detention, { min: 56, max: 56 });
  assert.deepEqual(d.deprivedOfLibertyBy.houseArrest, { min: 0, max: 0 });
  // A day for a day in a maximum-security institution, 1.5 in medium security: both measures credited.
  assert.deepEqual(creditFor(d.credit, 'imprisonment', 'maximum')?.amount, { min: 56, max: 56 });
  assert.deepEqual(creditFor(d.credit, 'imprisonment', 'medium')?.amount, { min: 84, max: 84 });
  assert.equal(creditFor(d.credit, 'imprisonment', 'medium')?.isCertain, true);
  // Two days by dates alone are more than 24 and at most 72 hours: within the maximum, perhaps past the 48.
  const [limit] = d.detentionLimits;
  assert.deepEqual(limit?.length, { min: 24, max: 72 });
  assert.equal(limit?.countedFrom, 'days');
  assert.equal(limit?.limit?.exceedsMax, 'no');
  assert.equal(limit?.limit?.exceedsOrdinary, 'possibly');
  assert.ok(limit?.notes.some((n) => /no time of day/.test(n)));
  // The custody term counts from the detention (CPC Art. 151): one chain of both measures.
  assert.deepEqual(
    d.custodyLimits.map((c) => c.measures),
    [['measure:detention', 'measure:custody']],
  );
  assert.equal(
    facts(detainedThenRemanded(), '2022-03-01').warnings.some((w) => w.code === 'measure.over_limit'),
    false,
  );
});

test("a suspect's detention past 72 hours is a warning naming the measure and the law", () => {
  const f = facts(detainedThenRemanded('2022-01-05', '2022-01-10'), '2022-03-01');
  const limit = f.defendants[0]?.detentionLimits[0];
  assert.deepEqual(limit?.length, { min: 96, max: 144 });
  assert.equal(limit?.limit?.exceedsMax, 'yes');
  const warning = f.warnings.find((w) => w.code === 'measure.over_limit');
  assert.equal(warning?.record, 'measure:detention');
  assert.match(
    warning?.message ?? '',
    /^detention as a suspect lasted at least 96, at most 144 hours \(from dates without times\), beyond the legal maximum of 72 hours \(CPC Art\. 128\)$/,
  );
  // Three days by dates alone may or may not pass 72 hours: a warning that says "may have".
  const maybe = facts(detainedThenRemanded('2022-01-05', '2022-01-08'), '2022-03-01');
  assert.equal(maybe.defendants[0]?.detentionLimits[0]?.limit?.exceedsMax, 'possibly');
  assert.match(maybe.warnings.find((w) => w.code === 'measure.over_limit')?.message ?? '', /may have lasted/);
});

test('with the times recorded, the limit is checked in hours: 74 hours exceed it, 71 do not', () => {
  const over = defendant(detainedThenRemanded('2022-01-05', '2022-01-08', ['10:00', '12:00']), '2022-03-01');
  assert.deepEqual(over.detentionLimits[0]?.length, { min: 74, max: 74 });
  assert.equal(over.detentionLimits[0]?.countedFrom, 'times');
  assert.equal(over.detentionLimits[0]?.limit?.exceedsMax, 'yes');
  const within = defendant(
    detainedThenRemanded('2022-01-05', '2022-01-08', ['10:00', '09:00']),
    '2022-03-01',
  );
  assert.deepEqual(within.detentionLimits[0]?.length, { min: 71, max: 71 });
  assert.equal(within.detentionLimits[0]?.limit?.exceedsMax, 'no');
  assert.equal(within.detentionLimits[0]?.limit?.exceedsOrdinary, 'yes');
  assert.deepEqual(
    within.detentionLimits[0]?.notes.filter((n) => /no time of day/.test(n)),
    [],
  );
});

test("a suspect's detention still running is counted to the end of the as-of day", () => {
  const open = [makeMeasure('measure:detention', 'suspect_detention', '2022-01-05')];
  assert.equal(defendant(open, '2022-01-06').detentionLimits[0]?.limit?.exceedsMax, 'no');
  const later = defendant(open, '2022-01-09');
  assert.equal(later.detentionLimits[0]?.limit?.exceedsMax, 'yes');
  assert.equal(later.status.status, 'in_custody');
  // Alone, it is not set against the custody terms of Art. 151: it has its own limit.
  assert.deepEqual(later.custodyLimits, []);
});

test('administrative arrest under CoAO 488(6): its days apart, no credit, and the 15 days its part allows', () => {
  const article = { jurisdiction: 'kz', code: 'aoc', article: '488', part: '6' };
  const arrest = (end: string) =>
    makeMeasure('measure:arrest', 'administrative_arrest', '2022-01-05', [mstep('ended', end)], { article });
  const d = defendant([arrest('2022-01-20')], '2022-02-01');
  assert.deepEqual(d.deprivedOfLibertyBy.administrativeArrest, { min: 15, max: 15 });
  assert.deepEqual(d.deprivedOfLibertyBy.detention, { min: 0, max: 0 });
  assert.deepEqual(d.deprivedOfLiberty, { min: 15, max: 15 });
  assert.deepEqual(d.credit, [], 'the law data gives administrative arrest no credit towards a sentence');
  const [limit] = d.detentionLimits;
  assert.deepEqual(limit?.article, { label: 'kz AOC 488(6)', isKnown: true, maxDays: 15, exceedsMax: 'no' });
  assert.equal(limit?.limit?.max, '45 days');
  assert.equal(limit?.limit?.exceedsMax, 'no');
  assert.equal(defendant([arrest('2022-01-20')], '2022-01-10').status.status, 'in_custody');
  const over = facts([arrest('2022-01-25')], '2022-02-01');
  assert.equal(over.defendants[0]?.detentionLimits[0]?.article?.exceedsMax, 'yes');
  assert.deepEqual(
    over.warnings.filter((w) => w.code === 'measure.over_limit').map((w) => w.message),
    ['administrative arrest lasted longer than the 15 days kz AOC 488(6) allows'],
  );
  const unknown = facts(
    [
      makeMeasure('measure:arrest', 'administrative_arrest', '2022-01-05', [], {
        article: { ...article, part: '13' },
      }),
    ],
    '2022-01-06',
  );
  assert.deepEqual(
    unknown.warnings.filter((w) => w.record === 'measure:arrest').map((w) => [w.code, w.message]),
    [
      [
        'law.unknown_article',
        'administrative arrest cites kz AOC 488(13), which is not in the law data: its limit is not checked',
      ],
    ],
  );
});

test('detention of a kind not stated counts as detention before any sentence, and reads so', () => {
  const d = defendant(
    [
      makeMeasure('measure:custody', 'detention_unstated', '2022-01-06', [
        mstep('changed', '2022-09-06', { successor: 'measure:house' }),
      ]),
      makeMeasure('measure:house', 'house_arrest', '2022-09-06'),
    ],
    '2022-12-06',
  );
  assert.equal(d.measures[0]?.title, 'detention, kind not stated');
  assert.deepEqual(d.deprivedOfLibertyBy.detention, { min: 243, max: 243 });
  assert.deepEqual(d.deprivedOfLibertyBy.houseArrest, { min: 92, max: 92 });
  assert.deepEqual(d.deprivedOfLiberty, { min: 335, max: 335 });
  assert.deepEqual(d.detentionLimits, [], 'it has no limit of its own and cites no article');
});

test('the separate counts: administrative arrest, then a suspect detention, custody and house arrest', () => {
  const measures = [
    makeMeasure('measure:arrest', 'administrative_arrest', '2022-01-05', [mstep('ended', '2022-01-20')]),
    makeMeasure('measure:detention', 'suspect_detention', '2022-01-20', [
      mstep('changed', '2022-01-22', { successor: 'measure:custody' }),
    ]),
    makeMeasure('measure:custody', 'custody', '2022-01-22', [
      mstep('changed', '2022-03', { successor: 'measure:house' }),
    ]),
    makeMeasure('measure:house', 'house_arrest', '2022-03', [mstep('ended', '2022-05-01')]),
  ];
  const d = defendant(measures, '2022-06-01');
  assert.deepEqual(d.deprivedOfLibertyBy.administrativeArrest, { min: 15, max: 15 });
  // The day of the change to house arrest is some day of March: each count is a range, the total is not.
  assert.deepEqual(d.deprivedOfLibertyBy.detention, { min: 2 + 38, max: 2 + 68 });
  assert.deepEqual(d.deprivedOfLibertyBy.houseArrest, { min: 31, max: 61 });
  assert.deepEqual(d.deprivedOfLiberty, { min: 15 + 101, max: 15 + 101 });
  // Credit: the suspect's detention and custody at custody's rate, house arrest at half, the arrest not at all.
  assert.deepEqual(
    creditFor(d.credit, 'imprisonment', 'maximum')?.parts.map((p) => p.measure),
    ['suspect_detention', 'custody', 'house_arrest'],
  );
});

test('past the horizon, a detention known only as still running is possibly, not certainly, past its limit', () => {
  const base = makeFile({ measures: [makeMeasure('measure:detention', 'suspect_detention', '2022-01-05')] });
  const file = { ...base, case: { ...base.case, confirmed: { on: '2022-01-06', sources: [] } } };
  const d = computeCaseFacts(file, law, '2022-01-20').defendants[0];
  const limit = d?.detentionLimits[0];
  assert.equal(limit?.limit?.exceedsMax, 'possibly');
  assert.equal(limit?.length.min, 24, 'the hours known on the horizon');
  assert.deepEqual(d?.deprivedOfLibertyBy.detention, { min: 2, max: 16 });
  const warnings = computeCaseFacts(file, law, '2022-01-20').warnings.filter(
    (w) => w.code === 'measure.over_limit',
  );
  assert.match(
    warnings[0]?.message ?? '',
    /^detention as a suspect may have lasted at least 24, at most 384 hours/,
  );
  assert.equal(warnings.length, 1);
});
