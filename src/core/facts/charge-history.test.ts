import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeCaseFacts } from './case-facts.ts';
import { chargeHistory } from './charge-history.ts';
import { chargeLineage } from './charge-lineage.ts';
import { cc, kzLaw, makeCharge, makeFile, step } from '../../../test/support/facts-factory.ts';

const law = kzLaw();

/** Mamay: 272(1) reclassified to 400, then 272(1) brought again two months later. */
function mamayCharges(reclassifiedOn: string, more400: ReturnType<typeof step>[] = []) {
  return [
    makeCharge('charge:riots', cc('272', '1'), '2022-03-10', [
      step('reclassified', reclassifiedOn, { successors: ['charge:assembly'] }),
    ]),
    makeCharge('charge:assembly', cc('400'), reclassifiedOn, more400, {
      origin: { kind: 'reclassification', from: ['charge:riots'] },
    }),
    makeCharge('charge:riots-again', cc('272', '1'), '2023-01-26', [], {
      origin: { kind: 'rebrought', from: ['charge:riots'] },
    }),
  ];
}

test('lineage links the reclassified charge, its successor and the re-brought charge; the gap is a range when the end is a month', () => {
  const histories = mamayCharges('2022-11').map((c) => chargeHistory(c, '2023-02-01', law));
  const [family, ...rest] = chargeLineage(histories);
  assert.equal(rest.length, 0);
  assert.deepEqual(family?.charges, ['charge:riots', 'charge:assembly', 'charge:riots-again']);
  const rebrought = family?.links.find((l) => l.to === 'charge:riots-again');
  assert.equal(rebrought?.kind, 'rebrought');
  assert.equal(rebrought?.endStep?.kind, 'reclassified');
  // From the end of November (57 days) to the start of November (86 days) before 26 January.
  assert.deepEqual(rebrought?.gapDays, { min: 57, max: 86 });
  assert.equal(rebrought?.isGapExact, false);
  assert.equal(rebrought?.sameArticleAsOrigin, true);
  const reclassified = family?.links.find((l) => l.to === 'charge:assembly');
  assert.equal(reclassified?.kind, 'reclassification');
  // The reclassification and the charge it made, both of "November 2022", are one act: no day lies between.
  assert.deepEqual(reclassified?.gapDays, { min: 0, max: 0 });
  assert.equal(reclassified?.sameArticleAsOrigin, false);
});

test('the gap is exact when both days are exact', () => {
  const histories = mamayCharges('2022-11-25').map((c) => chargeHistory(c, '2023-02-01', law));
  const link = chargeLineage(histories)[0]?.links.find((l) => l.to === 'charge:riots-again');
  assert.deepEqual(link?.gapDays, { min: 62, max: 62 });
  assert.equal(link?.isGapExact, true);
});

test('the re-brought charge is live; the 400 charge is live or dropped as its steps say', () => {
  const live = computeCaseFacts(makeFile({ charges: mamayCharges('2022-11-25') }), law, '2023-02-01');
  const state = (id: string) => live.charges.find((c) => c.id === id)?.state;
  assert.equal(state('charge:riots'), 'reclassified');
  assert.equal(state('charge:riots-again'), 'live');
  assert.equal(state('charge:assembly'), 'live');
  const dropped = computeCaseFacts(
    makeFile({ charges: mamayCharges('2022-11-25', [step('dropped', '2023-01-26')]) }),
    law,
    '2023-02-01',
  );
  assert.equal(dropped.charges.find((c) => c.id === 'charge:assembly')?.state, 'dropped');
  assert.equal(dropped.charges.find((c) => c.id === 'charge:assembly')?.isLive, 'no');
});

test('as of a date before the reclassification, 272(1) is live and the 400 charge does not exist yet', () => {
  const facts = computeCaseFacts(makeFile({ charges: mamayCharges('2022-11-25') }), law, '2022-10-01');
  assert.deepEqual(
    facts.charges.map((c) => [c.id, c.state]),
    [['charge:riots', 'live']],
  );
  assert.equal(facts.charges[0]?.article, 'Art. 272(1)');
  assert.equal(facts.lineage.length, 0);
});

test('a step whose month straddles the date is only possibly in effect', () => {
  const facts = computeCaseFacts(makeFile({ charges: mamayCharges('2022-11') }), law, '2022-11-15');
  const riots = facts.charges.find((c) => c.id === 'charge:riots');
  assert.equal(riots?.isStateCertain, false);
  assert.deepEqual([...(riots?.possibleStates ?? [])].sort(), ['live', 'reclassified']);
  assert.equal(riots?.steps.find((s) => s.kind === 'reclassified')?.happened, 'possibly');
  assert.equal(riots?.isLive, 'possibly');
});

test('sent to court, suspended and resumed', () => {
  const c = makeCharge('charge:x', cc('274', '1'), '2022-05-01', [
    step('sent_to_court', '2022-10-01'),
    step('suspended', '2022-11-01'),
    step('resumed', '2022-12-01'),
  ]);
  assert.equal(chargeHistory(c, '2022-10-15').state, 'in_court');
  assert.equal(chargeHistory(c, '2022-11-15').state, 'suspended');
  assert.equal(chargeHistory(c, '2022-12-15').state, 'in_court');
});

test('steps listed out of order are warned about and still sorted by date', () => {
  const c = makeCharge('charge:x', cc('272', '1'), '2022-05-01', [
    step('dropped', '2022-12-01'),
    step('sent_to_court', '2022-10-01'),
  ]);
  const facts = computeCaseFacts(makeFile({ charges: [c] }), law, '2023-01-01');
  assert.deepEqual(
    facts.charges[0]?.steps.map((s) => s.kind),
    ['brought', 'sent_to_court', 'dropped'],
  );
  assert.ok(facts.warnings.some((w) => w.code === 'date.order' && w.record === 'charge:x'));
});

test('an article missing from the law data is warned about', () => {
  const facts = computeCaseFacts(
    makeFile({ charges: [makeCharge('charge:x', cc('999'), '2022-05-01')] }),
    law,
    '2023-01-01',
  );
  assert.ok(facts.warnings.some((w) => w.code === 'law.unknown_article' && w.record === 'charge:x'));
});
