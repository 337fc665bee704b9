import assert from 'node:assert/strict';
import { test } from 'node:test';
import { draftCase } from './case-draft.ts';
import { charges, hearings, law, measures } from './draft-rows.ts';

// Texts of other prosecutions than the one the demo holds, written as the press writes them: a headline in title
// case, dates without their year, a party's name in quotes, a verdict naming the articles, a hearing to come.

const JOURNALIST = [
  'Kazakhstan: Journalist Sentenced on Dubious Extortion Charges',
  '',
  'Kazakh journalist Makhambet Abzhan was detained on March 15, 2024, and charged with extortion. On March 17, a ' +
    'court in Astana ordered him held in pretrial detention for two months. His trial began on August 20, 2024. ' +
    'On October 10, 2024, the Saryarka District Court sentenced him to seven years in prison. His lawyers said ' +
    'they would appeal; the appeal hearing is scheduled for December 3, 2024.',
].join('\n');

test('an English report: the headline names no one, a yearless date takes the year of the date before it', () => {
  const draft = draftCase(JOURNALIST, law);
  // "Dubious Extortion Charges" in the title-case headline is not a person.
  assert.deepEqual(
    draft.persons.map((p) => p.name),
    ['Makhambet Abzhan'],
  );
  // "On March 17", two days after "March 15, 2024" in the same paragraph, is of 2024, though the latest date the
  // text names (3 December 2024) lies nearer March 2025.
  assert.deepEqual(measures(draft), ['suspect_detention 2024-03-15 -', 'custody 2024-03-17 two months']);
  assert.deepEqual(hearings(draft), [
    'trial_session 2024-08-20 held []',
    'verdict 2024-10-10 held []',
    'appeal 2024-12-03 scheduled []',
  ]);
});

const ACTIVIST = [
  'Суд приговорил лидера незарегистрированной партии к семи годам лишения свободы',
  '',
  '28 ноября 2023 года суд признал лидера незарегистрированной партии «Алга, Казахстан» Марата Жыланбаева ' +
    'виновным в участии в экстремистской группе (часть 2 статьи 182 УК) и в участии в деятельности запрещённой ' +
    'организации (статья 405 УК) и приговорил его к семи годам лишения свободы.',
  'Судебный процесс начался 15 сентября 2023 года. Апелляционная инстанция рассмотрит жалобу 12 февраля 2024 года.',
].join('\n');

test('a Russian report of a verdict: a party in quotes is no offence, and the verdict does not date the charges', () => {
  const draft = draftCase(ACTIVIST, law);
  // «Алга, Казахстан» follows the word for a party: it is the party's name, not an offence found by its words.
  // The articles the verdict names were brought before it: the sentence convicting on them does not date them.
  assert.deepEqual(charges(draft), ['182(2) brought -', '405 brought -']);
  assert.deepEqual(
    draft.affiliations.map((a) => [a.name, a.kind, a.isUnregistered]),
    [['Алга, Казахстан', 'party', true]],
  );
  // Listed by their days, the trial told of after the verdict first; "рассмотрит" (will hear) puts the appeal to come.
  assert.deepEqual(hearings(draft), [
    'trial_session 2023-09-15 held []',
    'verdict 2023-11-28 held [0,1]',
    'appeal 2024-02-12 scheduled []',
  ]);
});
