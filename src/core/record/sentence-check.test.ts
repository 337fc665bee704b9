import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { kzLaw } from '../../../test/support/facts-factory.ts';
import { IntegrityChecker } from './integrity.ts';
import { RECORD_KINDS, type RecordKind, type RecordOf } from './record-kinds.ts';

const parse = <K extends RecordKind>(kind: K, value: unknown): RecordOf<K> =>
  RECORD_KINDS[kind].schema.parse(value) as RecordOf<K>;

const decision = (id: string, extra: object) =>
  parse('decision', {
    id,
    case: 'case:a',
    kind: 'verdict',
    date: '2023-05-10',
    defendant: 'person:a',
    ...extra,
  });

/** The issues a checker with the Kazakh law data finds in the decisions, given after their case. */
function issues(decisions: object[], options: { caseLast?: boolean; jurisdiction?: string } = {}): string[] {
  const checker = new IntegrityChecker({ law: kzLaw(), file: 'b.json' });
  checker.add(
    'person',
    parse('person', {
      id: 'person:a',
      names: [{ value: 'A', script: 'Latn', language: 'en', kind: 'native' }],
    }),
    0,
  );
  const kase = parse('case', { id: 'case:a', jurisdiction: options.jurisdiction ?? 'kz', title: 'A' });
  if (!options.caseLast) checker.add('case', kase, 0);
  decisions.forEach((d, i) => checker.add('decision', decision(`decision:${i}`, d), i));
  if (options.caseLast) checker.add('case', kase, 0);
  return checker.finish().map((i) => `${i.code} ${i.path} [${i.record} ${i.file}]: ${i.message}`);
}

describe('sentences checked against the law data', () => {
  test("a sentence of the jurisdiction's types, regimes and units passes", () => {
    assert.deepEqual(
      issues([
        {
          sentence: [
            { type: 'imprisonment', term: { years: 7 }, regime: 'medium', isPrincipal: true },
            { type: 'fine', amount: { value: 200, unit: 'mci' } },
            { type: 'deprivation_of_right', term: { years: 3 } },
            { type: 'public_works', amount: { value: 120, unit: 'hours' } },
          ],
          money: [
            { kind: 'damages', amount: { value: 1_500_000, unit: 'KZT' } },
            { kind: 'procedural_costs', amount: { value: 20, unit: 'mci' } },
            { kind: 'confiscation', description: 'a mobile phone' },
          ],
        },
      ]),
      [],
    );
  });

  test('an unknown sentence type and an unknown regime are errors naming the record, path and file', () => {
    assert.deepEqual(
      issues([
        { sentence: [{ type: 'imprisonment', term: { years: 7 }, regime: 'general' }] },
        { sentence: [{ type: 'exile', term: { years: 2 } }] },
      ]),
      [
        'validation.invalid $.decisions[0].sentence[0].regime [decision:0 b.json]: unknown regime "general" for jurisdiction kz (known: minimum, medium, maximum, extraordinary, full)',
        'validation.invalid $.decisions[1].sentence[0].type [decision:1 b.json]: unknown sentence type "exile" for jurisdiction kz (known: fine, correctional_labour, public_works, arrest, restricted_freedom, imprisonment, life_imprisonment, death_penalty, deprivation_of_right, administrative_arrest)',
      ],
    );
  });

  test('a regime on a non-custodial sentence, an amount in the wrong unit, a term on a fine', () => {
    assert.deepEqual(
      issues([
        {
          sentence: [
            { type: 'restricted_freedom', term: { years: 2 }, regime: 'minimum' },
            { type: 'fine', amount: { value: 100, unit: 'hours' } },
            { type: 'public_works', amount: { value: 100, unit: 'mci' } },
            { type: 'fine', term: { months: 6 } },
            { type: 'life_imprisonment', amount: { value: 1, unit: 'years' } },
          ],
        },
      ]).map((line) => line.replace(' [decision:0 b.json]', '')),
      [
        'validation.invalid $.decisions[0].sentence[0].regime: a regime on "restricted_freedom", a sentence that does not deprive of liberty',
        'validation.invalid $.decisions[0].sentence[1].amount.unit: an amount in "hours" does not fit "fine" (expected "mci" or a currency code such as "KZT")',
        'validation.invalid $.decisions[0].sentence[2].amount.unit: an amount in "mci" does not fit "public_works" (expected "hours")',
        'validation.invalid $.decisions[0].sentence[3].term: a term on "fine", which is not counted in time',
        'validation.invalid $.decisions[0].sentence[4].amount.unit: an amount in "years" does not fit "life_imprisonment" (expected none: it has no size)',
      ],
    );
  });

  test("money in another jurisdiction's unit or no currency is an error; a fine in a currency is not", () => {
    assert.deepEqual(
      issues([
        {
          sentence: [{ type: 'fine', amount: { value: 500_000, unit: 'KZT' } }],
          money: [
            { kind: 'civil_claim', amount: { value: 10, unit: 'bv' } },
            { kind: 'damages', amount: { value: 10, unit: 'tenge' } },
          ],
        },
      ]).map((line) => line.replace(/ \[.*?\]/, '')),
      [
        'validation.invalid $.decisions[0].money[0].amount.unit: "bv" is neither the jurisdiction\'s money unit "mci" nor a currency code (ISO 4217, e.g. "KZT")',
        'validation.invalid $.decisions[0].money[1].amount.unit: "tenge" is neither the jurisdiction\'s money unit "mci" nor a currency code (ISO 4217, e.g. "KZT")',
      ],
    );
  });

  test('a decision listed before its case is checked at the end; a jurisdiction not in the law data is not', () => {
    const bad = { sentence: [{ type: 'exile', term: { years: 2 } }] };
    assert.equal(issues([bad], { caseLast: true }).length, 1);
    assert.deepEqual(issues([bad], { jurisdiction: 'ru' }), []);
  });
});
