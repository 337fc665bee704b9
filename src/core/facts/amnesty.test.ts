import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeCaseFacts } from './case-facts.ts';
import { cc, kzLaw, makeCharge, makeFile, step } from '../../../test/support/facts-factory.ts';
import type { ArticleRef } from '../law/law.ts';

const law = kzLaw();
const act = (date: string) => ({ actDate: { date, sources: [] } });

function amnestyOf(
  article: ArticleRef,
  actDate: string | undefined,
  asOf = '2023-01-10',
  brought = '2022-01-20',
) {
  const facts = computeCaseFacts(
    makeFile({
      charges: [makeCharge('charge:c', article, brought, [], actDate === undefined ? {} : act(actDate))],
    }),
    law,
    asOf,
  );
  return facts.amnesties;
}

test('the January 2022 amnesty covers taking part in the riots on 5 January: a grave crime, sentence cut by 3/4', () => {
  const [a, ...rest] = amnestyOf(cc('272', '2'), '2022-01-05');
  assert.equal(rest.length, 0);
  assert.equal(a?.amnesty, 'kz-2022-152-VII');
  assert.equal(a?.title, 'Amnesty for the events of 4-7 January 2022');
  assert.equal(a?.covers, 'yes');
  assert.deepEqual(a?.effects, [
    { gravity: 'grave', effect: 'reduce', reduceBy: { numerator: 3, denominator: 4 } },
  ]);
  assert.deepEqual(a?.reasons, []);
  assert.equal(a?.certainty, 'uncertain');
});

test('an act dated only to January 2022 is possibly covered; one in February is not', () => {
  const [a] = amnestyOf(cc('272', '2'), '2022-01');
  assert.equal(a?.covers, 'possibly');
  assert.equal(a?.isActInWindow, 'possibly');
  assert.match(a?.reasons[0] ?? '', /may fall outside 2022-01-04 … 2022-01-07/);
  assert.deepEqual(amnestyOf(cc('272', '2'), '2022-02-03', '2023-01-10', '2022-02-10'), []);
});

test('organising the riots is excluded; with the part unknown, possibly excluded', () => {
  const [organiser] = amnestyOf(cc('272', '1'), '2022-01-05');
  assert.equal(organiser?.isExcluded, 'yes');
  assert.equal(organiser?.covers, 'no');
  assert.deepEqual(organiser?.reasons, ['the article is excluded']);
  const [unknownPart] = amnestyOf(cc('272'), '2022-01-05');
  assert.equal(unknownPart?.isExcluded, 'possibly');
  assert.equal(unknownPart?.covers, 'possibly');
});

test('no amnesty before it was adopted, and none for an act after its window', () => {
  assert.deepEqual(amnestyOf(cc('272', '2'), '2022-01-05', '2022-10-01'), []);
  // Without an act date, a charge brought before the window cannot be for an act in it.
  assert.deepEqual(amnestyOf(cc('272', '2'), undefined, '2023-01-10', '2021-12-01'), []);
  const [unknownAct] = amnestyOf(cc('272', '2'), undefined);
  assert.equal(unknownAct?.covers, 'possibly');
  assert.deepEqual(unknownAct?.reasons, ['the act date is not recorded']);
});

test('an acquitted charge is beyond an amnesty; a convicted one is not', () => {
  const facts = (kind: 'acquitted' | 'convicted') =>
    computeCaseFacts(
      makeFile({
        charges: [
          makeCharge('charge:c', cc('272', '2'), '2022-01-20', [step(kind, '2022-06-01')], act('2022-01-05')),
        ],
      }),
      law,
      '2023-01-10',
    ).amnesties;
  assert.deepEqual(facts('acquitted'), []);
  assert.equal(facts('convicted')[0]?.covers, 'yes');
});
