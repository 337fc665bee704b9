import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeCaseFacts } from './case-facts.ts';
import { cc, kzLaw, makeCharge, makeDecision, makeFile, step } from '../../../test/support/facts-factory.ts';

const law = kzLaw();
const act = (date: string) => ({ actDate: { date, sources: [] } });

test('a misdemeanour still pending a year after the act: its limitation expired, with a warning', () => {
  const file = makeFile({
    charges: [makeCharge('charge:insult', cc('378', '1'), '2022-02-01', [], act('2022-01-05'))],
  });
  const facts = computeCaseFacts(file, law, '2023-03-01');
  const l = facts.limitation[0];
  assert.deepEqual(l?.periods, [{ value: 1, unit: 'years' }]);
  assert.deepEqual(l?.expires, { earliest: '2023-01-05', latest: '2023-01-05' });
  assert.equal(l?.expired, 'yes');
  assert.equal(l?.isExempt, 'no');
  assert.equal(l?.text, '1 year from the act, runs out on 2023-01-05, expired');
  const warning = facts.warnings.find((w) => w.code === 'limitation.expired');
  assert.equal(warning?.record, 'charge:insult');
  assert.match(warning?.message ?? '', /Art\. 378\(1\) is still pending after its limitation ran out/);

  const dayBefore = computeCaseFacts(file, law, '2023-01-04');
  assert.equal(dayBefore.limitation[0]?.expired, 'no');
  assert.equal(dayBefore.warnings.filter((w) => w.code === 'limitation.expired').length, 0);
});

test("past the record's last news, a limitation that ran out only after it is not said to be passed while pending", () => {
  const file = () =>
    makeFile({
      charges: [makeCharge('charge:insult', cc('378', '1'), '2022-02-01', [], act('2022-01-05'))],
    });
  const withNews = (on: string) => {
    const f = file();
    return { ...f, case: { ...f.case, confirmed: { on, sources: [] } } };
  };
  // Last news in November 2022, the limitation ran out on 5 January 2023: whether it was still pending is unknown.
  const after = computeCaseFacts(withNews('2022-11-20'), law, '2023-03-01');
  const unsure = after.warnings.find((w) => w.record === 'charge:insult');
  assert.equal(unsure?.code, 'limitation.unconfirmed');
  assert.match(unsure?.message ?? '', /may be pending past its limitation .*last news \(2022-11-20\)/);
  // Last news after it ran out, the charge still pending: the warning stands.
  const before = computeCaseFacts(withNews('2023-02-01'), law, '2023-03-01');
  assert.equal(before.warnings.find((w) => w.record === 'charge:insult')?.code, 'limitation.expired');
});

test('a minor crime within its two years: not yet expired, no warning', () => {
  const facts = computeCaseFacts(
    makeFile({ charges: [makeCharge('charge:info', cc('274', '1'), '2022-02-01', [], act('2022-01-05'))] }),
    law,
    '2022-06-01',
  );
  assert.deepEqual(facts.limitation[0]?.expires, { earliest: '2024-01-05', latest: '2024-01-05' });
  assert.equal(facts.limitation[0]?.expired, 'no');
  assert.equal(facts.warnings.filter((w) => w.code === 'limitation.expired').length, 0);
});

test('an act known only to a year: the expiry is a range, possibly passed', () => {
  const facts = computeCaseFacts(
    makeFile({ charges: [makeCharge('charge:insult', cc('378', '1'), '2022-02-01', [], act('2021'))] }),
    law,
    '2022-06-01',
  );
  const l = facts.limitation[0];
  assert.deepEqual(l?.expires, { earliest: '2022-01-01', latest: '2022-12-31' });
  assert.equal(l?.expired, 'possibly');
  assert.match(l?.text ?? '', /runs out between 2022-01-01 and 2022-12-31, possibly expired/);
  assert.equal(facts.warnings.filter((w) => w.code === 'limitation.expired').length, 0);
});

test('terrorism and extremism have no limitation; a grave crime of the public-order chapter has one', () => {
  const facts = computeCaseFacts(
    makeFile({
      charges: [
        makeCharge('charge:terror', cc('255', '1'), '2015-04-01', [], act('2015-03-05')),
        makeCharge('charge:extremism', cc('405', '2'), '2015-04-01', [], act('2015-03-05')),
        makeCharge('charge:riots', cc('272', '1'), '2022-02-01', [], act('2022-01-05')),
      ],
    }),
    law,
    '2031-01-01',
  );
  const by = new Map(facts.limitation.map((l) => [l.charge, l]));
  assert.equal(by.get('charge:terror')?.isExempt, 'yes');
  assert.equal(by.get('charge:terror')?.expired, 'no');
  assert.equal(by.get('charge:terror')?.expires, undefined);
  assert.match(by.get('charge:terror')?.text ?? '', /^no limitation \(terrorist crimes\)/);
  assert.equal(by.get('charge:extremism')?.isExempt, 'yes');
  // 272 is in Chapter 10, but only especially grave crimes of it are exempt: 272(1) is grave, ten years.
  assert.equal(by.get('charge:riots')?.isExempt, 'no');
  assert.deepEqual(by.get('charge:riots')?.expires, { earliest: '2032-01-05', latest: '2032-01-05' });
  assert.deepEqual(
    facts.warnings.filter((w) => w.code === 'limitation.expired'),
    [],
  );
});

test('without an act date the limitation runs out at the latest a period after the charge was brought', () => {
  const facts = computeCaseFacts(
    makeFile({ charges: [makeCharge('charge:insult', cc('378', '1'), '2022-02-01')] }),
    law,
    '2022-06-01',
  );
  const l = facts.limitation[0];
  assert.equal(l?.isActDateKnown, false);
  assert.deepEqual(l?.expires, { latest: '2023-02-01' });
  assert.equal(l?.expired, 'possibly');
  assert.match(l?.text ?? '', /the act date is not recorded: runs out by 2023-02-01 at the latest/);
  const later = computeCaseFacts(
    makeFile({ charges: [makeCharge('charge:insult', cc('378', '1'), '2022-02-01')] }),
    law,
    '2023-02-01',
  );
  assert.equal(later.limitation[0]?.expired, 'yes');
});

test('a conviction in force stops the limitation: no fact; one not yet in force still runs', () => {
  const charge = makeCharge(
    'charge:insult',
    cc('378', '1'),
    '2022-02-01',
    [step('convicted', '2022-06-01')],
    act('2022-01-05'),
  );
  const verdict = (enteredIntoForce?: string) =>
    makeDecision('decision:v', {
      date: '2022-06-01',
      outcomes: [{ charge: 'charge:insult', outcome: 'convicted' }],
      ...(enteredIntoForce ? { enteredIntoForce } : {}),
    });
  const inForce = computeCaseFacts(
    makeFile({ charges: [charge], decisions: [verdict('2022-07-01')] }),
    law,
    '2023-03-01',
  );
  assert.deepEqual(inForce.limitation, []);
  const pending = computeCaseFacts(
    makeFile({ charges: [charge], decisions: [verdict()] }),
    law,
    '2023-03-01',
  );
  assert.equal(pending.limitation[0]?.expired, 'yes');
  assert.equal(pending.limitation[0]?.stoppedOn, undefined);
});
