import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeCaseFacts } from './case-facts.ts';
import { formatCaseFacts } from '../../cli/format-facts.ts';
import { cc, kzLaw, makeCharge, makeFile } from '../../../test/support/facts-factory.ts';

const law = kzLaw();
const factsOf = (...charges: ReturnType<typeof makeCharge>[]) =>
  computeCaseFacts(makeFile({ charges }), law, '2023-01-01');
const note = (facts: ReturnType<typeof factsOf>, id: string) =>
  facts.exposure.charges.find((e) => e.charge === id)?.penaltyUnknownNote;

test('each reason a penalty is unknown has its own words, all beginning "penalty unknown"', () => {
  const facts = factsOf(
    makeCharge('charge:early', cc('272', '1'), '2014-06-01'),
    makeCharge('charge:unknown', cc('999', '1'), '2022-03-15'),
    makeCharge('charge:indexed', cc('294', '1'), '2022-03-15'),
    makeCharge('charge:riots', cc('272', '1'), '2022-03-15'),
  );
  assert.equal(
    note(facts, 'charge:early'),
    "penalty unknown: the article's wording in force on 2014-06-01 is not in the law data",
  );
  assert.equal(
    note(facts, 'charge:unknown'),
    'penalty unknown: not in the law data (neither its sanction nor its title)',
  );
  assert.equal(
    note(facts, 'charge:indexed'),
    "penalty unknown: the law data has the article's title, not its sanction",
  );
  assert.equal(note(facts, 'charge:riots'), undefined);
  assert.equal(facts.exposure.charges.find((e) => e.charge === 'charge:riots')?.isPenaltyUnknown, false);
});

test('a charge known by its index title alone is named by it, with no warning, and its maximum is unknown', () => {
  const facts = factsOf(makeCharge('charge:vandalism', cc('294', '2'), '2022-03-15'));
  assert.equal(facts.charges[0]?.title, 'Vandalism');
  assert.deepEqual(facts.warnings, []);
  assert.deepEqual(facts.exposure.case.unknownCharges, [
    { charge: 'charge:vandalism', article: 'Art. 294(2)' },
  ]);
  const text = formatCaseFacts(facts);
  assert.match(text, /Maximum exposure: penalty unknown: not in the law data \(Art\. 294\(2\)\)/);
  assert.match(
    text,
    /\n {2}Art\. 294\(2\): penalty unknown: the law data has the article's title, not its sanction/,
  );
  assert.doesNotMatch(text, /no imprisonment/);
});

test('an excluded article and an unknown one are warned about in the facts; the excluded is named by its old title', () => {
  const facts = factsOf(
    makeCharge('charge:libel', cc('130'), '2022-03-15'),
    makeCharge('charge:unknown', cc('999', '1'), '2022-03-15'),
  );
  assert.equal(facts.charges.find((c) => c.id === 'charge:libel')?.title, 'Клевета');
  assert.deepEqual(facts.warnings.map((w) => `${w.code} ${w.record}: ${w.message}`).sort(), [
    'law.unknown_article charge:libel: Art. 130 (CC): the article was excluded from the code by Закон РК от 26.06.2020 № 349-VI (check the date of the act); penalty unknown: not in the law data',
    'law.unknown_article charge:unknown: Art. 999(1) (CC): penalty unknown: not in the law data (neither its sanction nor its title)',
  ]);
});
