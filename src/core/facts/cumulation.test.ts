import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadLegalKnowledge } from '../../store/law-files.ts';
import { formatCaseFacts } from '../../cli/format-facts.ts';
import { cc, kzLaw, makeCharge, makeFile, step } from '../../../test/support/facts-factory.ts';
import { computeCaseFacts } from './case-facts.ts';

const law = kzLaw();
const facts = (charges: ReturnType<typeof makeCharge>[], asOf = '2023-02-01') =>
  computeCaseFacts(makeFile({ charges }), law, asOf);
const charge = (id: string, article: string, part?: string) =>
  makeCharge(id, cc(article, part), '2023-01-26');

test('272(1) and 274(2), a grave crime among them: the terms are added, at most 20 years (Art. 58(3))', () => {
  const f = facts([charge('charge:riots', '272', '1'), charge('charge:false', '274', '2')]);
  const d = f.exposure.byDefendant[0];
  assert.equal(d?.maxImprisonment?.text, '10 years', 'the gravest single charge stays beside it');
  const c = d?.cumulative;
  assert.equal(c?.rule?.article, 'Art. 58(3)');
  assert.equal(c?.rule?.method, 'addition');
  assert.deepEqual(c?.maxImprisonment?.max, { life: false, value: 13, unit: 'years' });
  assert.equal(c?.maxImprisonment?.isExact, true);
  assert.deepEqual(c?.charges, ['charge:riots', 'charge:false']);
  assert.equal(d?.note, c?.text);
  assert.match(c?.text ?? '', /imprisonment up to 13 years, by Art\. 58\(3\): with a grave/);
  assert.deepEqual(f.exposure.case.cumulative, c);
});

test('the sum is capped: 272(1), 179(2) and 258(1) add up to 29 years, at most 20', () => {
  const f = facts([charge('a', '272', '1'), charge('b', '179', '2'), charge('c', '258', '1')]);
  assert.deepEqual(f.exposure.byDefendant[0]?.cumulative?.maxImprisonment?.max, {
    life: false,
    value: 20,
    unit: 'years',
  });
});

test('misdemeanours only: each penalty is added up to its cap (fine 400 MCI, public works 400 h, arrest 50 days)', () => {
  const f = facts([charge('a', '378', '2'), charge('b', '400'), charge('c', '378', '1')]);
  const c = f.exposure.byDefendant[0]?.cumulative;
  assert.equal(c?.rule?.key, 'misdemeanours_only');
  assert.equal(c?.rule?.article, 'Art. 58(2)');
  assert.equal(c?.maxImprisonment, undefined);
  // 160 + 200 + 80 of each, capped where Art. 58(2) caps it; it names no cap for correctional labour.
  assert.deepEqual(c?.nonCustodialMaxima, [
    { type: 'fine', max: { value: 400, unit: 'mci' }, unitLabel: 'MCI' },
    { type: 'correctional_labour', max: { value: 440, unit: 'mci' }, unitLabel: 'MCI' },
    { type: 'public_works', max: { value: 400, unit: 'hours' }, unitLabel: 'hours' },
    { type: 'arrest', max: { value: 50, unit: 'days' }, unitLabel: 'days' },
  ]);
  assert.match(
    c?.text ?? '',
    /fine up to 400 MCI; correctional labour up to 440 MCI; public works up to 400 hours; arrest up to 50 days/,
  );
});

test('minor and medium crimes with a misdemeanour: absorption only, the gravest single maximum', () => {
  const f = facts([charge('a', '274', '2'), charge('b', '405', '2'), charge('c', '378', '1')]);
  const c = f.exposure.byDefendant[0]?.cumulative;
  assert.equal(c?.rule?.method, 'absorption');
  assert.deepEqual(c?.maxImprisonment?.max, { life: false, value: 3, unit: 'years' });
  // The gravest single fine: 274(2) allows up to 3,000 MCI since 2018.
  assert.deepEqual(c?.nonCustodialMaxima.find((n) => n.type === 'fine')?.max, { value: 3000, unit: 'mci' });
});

test('a charge only possibly live: a range from the certain charges (absorbed) to all of them (added)', () => {
  const f = facts(
    [
      makeCharge('charge:certain', cc('274', '2'), '2022-06-01'),
      makeCharge('charge:maybe', cc('272', '1'), '2022-06-01', [step('dropped', '2023-03')]),
    ],
    '2023-03-15',
  );
  const c = f.exposure.byDefendant[0]?.cumulative;
  assert.equal(c?.maxImprisonment?.text, 'at least 3 years, at most 13 years');
  assert.equal(c?.rule?.article, 'Art. 58(3)');
  assert.equal(c?.lowerRule?.key, 'up_to_medium');
  assert.match(c?.text ?? '', /if only the certainly live charges count, Art\. 58\(2\)/);
});

test('a charge whose penalty is unknown is left out, and the text says so', () => {
  const f = facts([charge('a', '272', '1'), charge('b', '274', '2'), charge('x', '999', '1')]);
  const c = f.exposure.byDefendant[0]?.cumulative;
  assert.deepEqual(c?.leftOut, [
    { charge: 'x', article: 'Art. 999(1)', reason: 'penalties not in the law data' },
  ]);
  assert.deepEqual(c?.maxImprisonment?.max, { life: false, value: 13, unit: 'years' });
  assert.match(c?.text ?? '', /leaving out Art\. 999\(1\) \(penalties not in the law data\)\.$/);
  const alone = facts([charge('x', '999', '1'), charge('y', '175', '1')]).exposure.byDefendant[0];
  assert.equal(alone?.cumulative?.maxImprisonment, undefined);
  assert.match(alone?.note ?? '', /unknown, leaving out Art\. 999\(1\)/);
});

test('life for one charge makes the whole life; one charge alone is not cumulated', () => {
  const life = facts([charge('a', '255', '4'), charge('b', '272', '1')]).exposure.byDefendant[0];
  assert.equal(life?.cumulative?.isLife, true);
  assert.deepEqual(life?.cumulative?.maxImprisonment?.max, { life: true });
  assert.match(
    life?.cumulative?.text ?? '',
    /\): life imprisonment, by a life sentence makes the whole life \(Art\. 58\(4\)\)/,
  );
  const one = facts([charge('a', '272', '1')]).exposure.byDefendant[0];
  assert.equal(one?.cumulative, undefined);
  assert.match(one?.note ?? '', /Fewer than two live charges/);
});

test("charges of different defendants are not added: the case's cumulative is the gravest defendant's", () => {
  const other = { defendant: 'person:other' };
  const f = facts([
    charge('a', '272', '1'),
    charge('b', '274', '2'),
    makeCharge('c', cc('179', '2'), '2023-01-26', [], other),
    makeCharge('d', cc('258', '1'), '2023-01-26', [], other),
  ]);
  assert.deepEqual(f.exposure.case.cumulative?.maxImprisonment?.max, {
    life: false,
    value: 19,
    unit: 'years',
  });
  assert.deepEqual(f.exposure.case.cumulative?.charges, ['c', 'd']);
  assert.match(f.exposure.note, /charges of different people are not added/);
});

test('the text form states the cumulative maximum and the rule', () => {
  const text = formatCaseFacts(facts([charge('a', '272', '1'), charge('b', '274', '2')]));
  assert.match(
    text,
    /Maximum exposure: 10 years\n\s+All live charges together: imprisonment up to 13 years \(Art\. 58\(3\)\)\n/,
  );
  assert.match(text, /\n {2}Several offences together \(2 live charges\): .*Art\. 58\(3\)/);
});

test('a jurisdiction by data alone adds what Kazakhstan would absorb: two non-grave yy offences, 4 years and 1,000 BV', () => {
  const yy = loadLegalKnowledge(fileURLToPath(new URL('../../../test/fixtures/law', import.meta.url)), [
    'yy',
  ]);
  const ref = { jurisdiction: 'yy', code: 'kk', article: '342', part: '1' };
  const base = makeFile();
  const f = computeCaseFacts(
    makeFile({
      case: { ...base.case, jurisdiction: 'yy' },
      charges: [makeCharge('a', ref, '2021-03-01'), makeCharge('b', ref, '2021-03-01')],
    }),
    yy,
    '2022-01-10',
  );
  const c = f.exposure.byDefendant[0]?.cumulative;
  assert.equal(c?.rule?.article, 'Art. 72');
  assert.deepEqual(c?.maxImprisonment?.max, { life: false, value: 4, unit: 'years' });
  assert.deepEqual(c?.nonCustodialMaxima, [
    { type: 'fine', max: { value: 1000, unit: 'bv' }, unitLabel: 'BV' },
  ]);
  assert.doesNotMatch(c?.text ?? '', /MCI|58/);
});
