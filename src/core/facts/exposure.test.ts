import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeCaseFacts } from './case-facts.ts';
import { formatMaxImprisonment } from './exposure.ts';
import { formatCaseFacts } from '../../cli/format-facts.ts';
import {
  cc,
  kzLaw,
  makeCharge,
  makeFile,
  makeHearing,
  makeMeasure,
  mstep,
  step,
  DEFENDANT,
} from '../../../test/support/facts-factory.ts';

const law = kzLaw();

test('a live 272(1) charge exposes the defendant to 10 years', () => {
  const facts = computeCaseFacts(
    makeFile({ charges: [makeCharge('charge:riots', cc('272', '1'), '2023-01-26')] }),
    law,
    '2023-02-01',
  );
  const e = facts.exposure.charges[0];
  assert.equal(e?.article, 'Art. 272(1)');
  assert.equal(e?.partUnknown, false);
  assert.deepEqual(e?.maxImprisonment?.max, { life: false, value: 10, unit: 'years' });
  assert.equal(e?.maxImprisonment?.text, '10 years');
  assert.equal(facts.exposure.byDefendant[0]?.maxImprisonment?.text, '10 years');
});

const mamay = (riotsSteps: ReturnType<typeof step>[] = []) =>
  makeFile({
    charges: [
      makeCharge('charge:riots', cc('272', '1'), '2023-01-26', riotsSteps),
      makeCharge('charge:insult', cc('378'), '2022-06-01'),
      makeCharge('charge:false-info', cc('274'), '2022-06-01'),
    ],
  });

test('272(1), 378 and 274 with unknown parts: the case maximum is 10 years, 274 a range over its parts', () => {
  const facts = computeCaseFacts(mamay(), law, '2023-02-01');
  const byId = (id: string) => facts.exposure.charges.find((c) => c.charge === id);
  assert.equal(byId('charge:false-info')?.partUnknown, true);
  assert.equal(byId('charge:false-info')?.maxImprisonment?.text, 'at least 1 year, at most 7 years');
  assert.equal(byId('charge:false-info')?.parts.length, 4);
  const insult = byId('charge:insult');
  assert.equal(insult?.maxImprisonment, undefined);
  // CC Art. 378 (since 2018): part 1 fine or correctional labour up to 80 MCI, public works up to 80 hours, arrest up
  // to 20 days; part 2 the same up to 160 MCI, 160 hours, 40 days ("либо исправительными работами в том же размере").
  assert.deepEqual(insult?.nonCustodialMaxima, [
    { type: 'fine', max: { value: 160, unit: 'mci' }, unitLabel: 'MCI' },
    { type: 'correctional_labour', max: { value: 160, unit: 'mci' }, unitLabel: 'MCI' },
    { type: 'public_works', max: { value: 160, unit: 'hours' }, unitLabel: 'hours' },
    { type: 'arrest', max: { value: 40, unit: 'days' }, unitLabel: 'days' },
  ]);
  const d = facts.exposure.byDefendant[0];
  assert.equal(d?.defendant, DEFENDANT);
  assert.equal(d?.maxImprisonment?.text, '10 years');
  assert.deepEqual(d?.gravestCharges, ['charge:riots']);
  assert.match(d?.note ?? '', /^Several offences together \(3 live charges\): .* by Art\. 58\(3\)/);
});

test('after 272(1) is dropped the case maximum falls to the range of 274', () => {
  const facts = computeCaseFacts(mamay([step('dropped', '2023-03-01')]), law, '2023-04-01');
  assert.equal(
    facts.exposure.charges.some((c) => c.charge === 'charge:riots'),
    false,
  );
  assert.equal(facts.exposure.byDefendant[0]?.maxImprisonment?.text, 'at least 1 year, at most 7 years');
});

test('life imprisonment is the highest maximum', () => {
  const facts = computeCaseFacts(
    makeFile({
      charges: [
        makeCharge('charge:terror', cc('255', '4'), '2022-01-10'),
        makeCharge('charge:riots', cc('272', '1'), '2022-01-10'),
      ],
    }),
    law,
    '2022-02-01',
  );
  assert.equal(facts.exposure.byDefendant[0]?.maxImprisonment?.text, 'life imprisonment');
  assert.deepEqual(facts.exposure.byDefendant[0]?.gravestCharges, ['charge:terror']);
});

test('the facts are plain JSON and render as readable text', () => {
  const file = mamay();
  file.measures = [
    makeMeasure(
      'measure:custody',
      'custody',
      '2022-03',
      [mstep('changed', '2022-11', { successor: 'measure:house' })],
      {
        reportedDuration: {
          atLeast: { months: 8 },
          atMost: { months: 9 },
          text: 'just over eight months',
          sources: [],
        },
      },
    ),
    makeMeasure('measure:house', 'house_arrest', '2022-11'),
  ];
  file.hearings = [
    makeHearing('hearing:resume', '2023-02-06', { time: '10:00' }),
    makeHearing('hearing:start', '2022-11-07', { status: 'held' }),
  ];
  const facts = computeCaseFacts(file, law, '2023-02-01');
  assert.deepEqual(JSON.parse(JSON.stringify(facts)), facts);
  assert.deepEqual(
    facts.upcomingHearings.map((h) => h.id),
    ['hearing:resume'],
  );
  // A year earlier the first session was ahead, and that it would be held was not yet known.
  const before = computeCaseFacts(file, law, '2021-11-01');
  assert.deepEqual(
    before.upcomingHearings.map((h) => [h.id, h.status]),
    [
      ['hearing:start', 'scheduled'],
      ['hearing:resume', 'scheduled'],
    ],
  );
  const text = formatCaseFacts(facts);
  assert.match(text, /Zhanbolat Mamay \[person:mamay\]: under house arrest/);
  assert.match(
    text,
    /custody \(pre-trial detention\): from 2022-03 \(2022-03-01 … 2022-03-31\) until 2022-11 \(2022-11-01 … 2022-11-30\) \(changed\) — at least \d+, at most \d+ days/,
  );
  assert.match(text, /Art\. 272\(1\): imprisonment up to 10 years/);
  assert.match(text, /2023-02-06 10:00 trial session/);
});

test('the case maximum is the gravest live charge of any defendant', () => {
  const other = 'person:co-defendant';
  const facts = computeCaseFacts(
    makeFile({
      charges: [
        makeCharge('charge:a', cc('274', '2'), '2022-06-01'),
        makeCharge('charge:b', cc('179', '2'), '2022-06-01', [], { defendant: other }),
      ],
    }),
    law,
    '2023-01-01',
  );
  assert.equal(facts.exposure.case.maxImprisonment?.text, '10 years');
  assert.deepEqual(facts.exposure.case.gravestCharges, ['charge:b']);
  assert.equal(facts.exposure.byDefendant[0]?.maxImprisonment?.text, '3 years');
});

test('a charge only possibly live raises the most the defendant faces, never the least', () => {
  const charges = [
    makeCharge('charge:certain', cc('274', '2'), '2022-06-01'),
    makeCharge('charge:maybe', cc('272', '1'), '2022-06-01', [step('dropped', '2023-03')]),
  ];
  const facts = computeCaseFacts(makeFile({ charges }), law, '2023-03-15');
  const maybe = facts.exposure.charges.find((c) => c.charge === 'charge:maybe');
  assert.equal(maybe?.isLive, 'possibly');
  for (const e of [facts.exposure.byDefendant[0], facts.exposure.case]) {
    assert.deepEqual(e?.maxImprisonment?.min, { life: false, value: 3, unit: 'years' });
    assert.deepEqual(e?.maxImprisonment?.max, { life: false, value: 10, unit: 'years' });
    assert.equal(e?.maxImprisonment?.text, 'at least 3 years, at most 10 years');
  }
  const alone = computeCaseFacts(makeFile({ charges: charges.slice(1) }), law, '2023-03-15');
  // Perhaps nothing is live any more: the least is no imprisonment at all.
  assert.deepEqual(alone.exposure.case.maxImprisonment?.min, { life: false, value: 0, unit: 'days' });
});

test('each part a charge may be under is named, prison terms are not among the other penalties, and the text says no more than it knows', () => {
  const facts = computeCaseFacts(
    makeFile({
      charges: [
        makeCharge('charge:riots', cc('272', '1'), '2023-01-26'),
        makeCharge('charge:unknown', cc('190', '1'), '2023-01-26'), // CC Art. 190 is not in the law data
      ],
    }),
    law,
    '2023-02-01',
  );
  const riots = facts.exposure.charges.find((c) => c.charge === 'charge:riots');
  assert.deepEqual(
    riots?.parts.map((p) => p.article),
    ['Art. 272(1)'],
  );
  assert.equal(riots?.isKnownArticle, true);
  assert.deepEqual(riots?.nonCustodialMaxima, []);
  assert.equal(facts.exposure.charges.find((c) => c.charge === 'charge:unknown')?.isKnownArticle, false);
  const known = computeCaseFacts(
    makeFile({ charges: [makeCharge('charge:riots', cc('272', '1'), '2023-01-26')] }),
    law,
    '2023-02-01',
  );
  assert.match(formatCaseFacts(known), /Maximum exposure: 10 years\n/);
});

test('a term in months of a year or more reads in years and months; fractions of years read in months', () => {
  assert.equal(formatMaxImprisonment({ life: false, value: 126, unit: 'months' }), '10 years 6 months');
  assert.equal(formatMaxImprisonment({ life: false, value: 24, unit: 'months' }), '2 years');
  assert.equal(formatMaxImprisonment({ life: false, value: 11, unit: 'months' }), '11 months');
  assert.equal(formatMaxImprisonment({ life: false, value: 7.5, unit: 'years' }), '7 years 6 months');
  assert.equal(formatMaxImprisonment({ life: false, value: 1, unit: 'years' }), '1 year');
});
