import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeCaseFacts } from '../core/facts/case-facts.ts';
import { presentCaseFacts } from '../core/case/case-facts.presenter.ts';
import { formatCaseFacts } from './format-facts.ts';
import { cc, kzLaw, makeCharge, makeFile } from '../../test/support/facts-factory.ts';

const act = (date: string) => ({ actDate: { date, sources: [] } });

test('the facts text and JSON say, per charge, the act, the law that judges it, its limitation and amnesty', () => {
  const facts = computeCaseFacts(
    makeFile({
      charges: [
        makeCharge('charge:insult', cc('378', '1'), '2022-02-01', [], act('2022-01-05')),
        makeCharge('charge:terror', cc('255', '1'), '2022-02-01'),
      ],
    }),
    kzLaw(),
    '2023-03-01',
  );
  const text = formatCaseFacts(facts);
  assert.match(text, /\nLaw in time, limitation, amnesty:\n/);
  assert.match(
    text,
    / {2}Art\. 378\(1\) \[charge:insult\]: act 2022-01-05; law of 2022-01-05: the law in force when the act was committed governs \(CC Art\. 5\)\n {4}limitation: 1 year from the act, runs out on 2023-01-05, expired\n {4}amnesty No\. 152-VII "Amnesty for the events of 4-7 January 2022" \[kz-2022-152-VII\]: covers it; misdemeanour: release\n/,
  );
  assert.match(
    text,
    /Art\. 255\(1\) \[charge:terror\]: act date not recorded; law of 2022-02-01: the act date is not recorded: the law in force when the charge was brought stands in for the law in force when the act was committed \(CC Art\. 5\)\n {4}limitation: no limitation \(terrorist crimes\)\n/,
  );
  assert.match(text, /charge:insult: Art\. 378\(1\) is still pending after its limitation ran out/);

  const json = JSON.parse(JSON.stringify(presentCaseFacts(facts))) as {
    charges: { id: string; actDate?: { date: string }; lawInTime?: { basis: string } }[];
    limitation: { charge: string; expired: string }[];
    amnesties: { charge: string; covers: string }[];
  };
  assert.equal(json.charges[0]?.actDate?.date, '2022-01-05');
  assert.equal(json.charges[0]?.lawInTime?.basis, 'act');
  assert.deepEqual(
    json.limitation.map((l) => [l.charge, l.expired]),
    [
      ['charge:insult', 'yes'],
      ['charge:terror', 'no'],
    ],
  );
  assert.deepEqual(
    json.amnesties.map((a) => [a.charge, a.covers]),
    [
      ['charge:insult', 'yes'],
      ['charge:terror', 'no'],
    ],
  );
});
