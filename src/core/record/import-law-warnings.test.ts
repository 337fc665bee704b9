import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { before, test } from 'node:test';
import type { Actor } from '../actor.ts';
import type { LegalKnowledge } from '../law/legal-knowledge.ts';
import { readBundle } from '../../exchange/bundle-reader.ts';
import { loadLegalKnowledge } from '../../store/law-files.ts';
import { forEachStore } from '../../../test/support/stores.ts';
import { openSession } from '../access/session.ts';
import { getCaseFile } from '../case/case.service.ts';
import { computeCaseFacts } from '../facts/case-facts.ts';
import { formatCaseFacts } from '../../cli/format-facts.ts';
import { importBundle } from './import.service.ts';
import { MAX_IMPORT_ISSUES } from './importer.ts';

// Any article can be charged: what the law data lacks of it is a warning kept with the record, never a refusal.
const EDITOR: Actor = { id: 'user:aigerim', roles: ['editor'] };
const name = (value: string) => ({ value, script: 'Latn', language: 'en', kind: 'native' });

const charge = (id: string, article: object, caseId = 'case:c') => ({
  id,
  case: caseId,
  defendant: 'person:p',
  article: { jurisdiction: 'kz', code: 'cc', ...article },
  lifecycle: [{ kind: 'brought', date: '2022-01-10' }],
});

function bundle(extra: { cases?: object[]; charges?: object[]; measures?: object[] } = {}) {
  return {
    format: 'casewatch-bundle',
    formatVersion: 1,
    persons: [{ id: 'person:p', names: [name('Person P')] }],
    cases: [{ id: 'case:c', jurisdiction: 'kz', title: 'Case C' }, ...(extra.cases ?? [])],
    charges: [
      charge('charge:riots', { article: '272', part: '1' }),
      charge('charge:unknown', { article: '999', part: '1' }),
      charge('charge:indexed', { article: '294', part: '1' }),
      charge('charge:excluded', { article: '130' }),
      charge('charge:coao', { code: 'coao', article: '488', part: '6' }),
      ...(extra.charges ?? []),
    ],
    ...(extra.measures ? { measures: extra.measures } : {}),
  };
}

const records = (value: object, file = 'law.json') =>
  readBundle(Readable.from([Buffer.from(JSON.stringify(value))]), file);

let law: LegalKnowledge;
before(() => {
  law = loadLegalKnowledge('data/law');
});

forEachStore('articles the law data lacks', (getStore) => {
  test('import with a warning each, naming record, path and file; an indexed article needs none', async () => {
    const session = openSession(getStore(), EDITOR);
    const report = await importBundle({ session, law }, records(bundle()), { file: 'law.json' });
    assert.equal(report.created, 7);
    assert.equal(await getStore().reader.count('charge'), 5);
    assert.deepEqual(
      report.warnings.map((w) => `${w.code} ${w.file} ${w.recordKind} ${w.record} ${w.path}: ${w.message}`),
      [
        'law.unknown_article law.json charge charge:unknown $.charges[1].article: kz CC 999(1): penalty unknown: not in the law data (neither its sanction nor its title)',
        'law.unknown_article law.json charge charge:excluded $.charges[3].article: kz CC 130: the article was excluded from the code by Закон РК от 26.06.2020 № 349-VI (check the date of the act); penalty unknown: not in the law data',
        'law.unknown_article law.json charge charge:coao $.charges[4].article: kz COAO 488(6): penalty unknown: not in the law data (no articles of code "coao" in the law data of kz)',
      ],
    );
  });

  test('the facts say "penalty unknown" for each, with the title the index gives, and never "no imprisonment"', async () => {
    const session = openSession(getStore(), EDITOR);
    await importBundle({ session, law }, records(bundle()));
    const facts = computeCaseFacts(await getCaseFile(session, 'case:c'), law, '2022-06-01');
    const byCharge = new Map(facts.exposure.charges.map((e) => [e.charge, e]));
    assert.equal(byCharge.get('charge:riots')?.isPenaltyUnknown, false);
    assert.deepEqual(
      ['charge:unknown', 'charge:indexed', 'charge:excluded', 'charge:coao'].map((id) => [
        id,
        byCharge.get(id)?.isPenaltyUnknown,
        byCharge.get(id)?.penaltyUnknownNote,
      ]),
      [
        ['charge:unknown', true, 'penalty unknown: not in the law data (neither its sanction nor its title)'],
        ['charge:indexed', true, "penalty unknown: the law data has the article's title, not its sanction"],
        [
          'charge:excluded',
          true,
          'the article was excluded from the code by Закон РК от 26.06.2020 № 349-VI (check the date of the act); penalty unknown: not in the law data',
        ],
        [
          'charge:coao',
          true,
          'penalty unknown: not in the law data (no articles of code "coao" in the law data of kz)',
        ],
      ],
    );
    assert.equal(facts.charges.find((c) => c.id === 'charge:indexed')?.title, 'Vandalism');
    assert.equal(facts.charges.find((c) => c.id === 'charge:excluded')?.title, 'Клевета');
    // The facts warn as the import did; a title alone is no warning.
    assert.deepEqual(
      facts.warnings
        .filter((w) => w.code === 'law.unknown_article')
        .map((w) => w.record)
        .sort(),
      ['charge:coao', 'charge:excluded', 'charge:unknown'],
    );
    const text = formatCaseFacts(facts);
    assert.match(text, /\n {2}Art\. 999\(1\): penalty unknown: not in the law data/);
    assert.match(
      text,
      /\n {2}Art\. 294\(1\): penalty unknown: the law data has the article's title, not its sanction/,
    );
    assert.match(
      text,
      /Maximum exposure: 10 years, leaving out Art\. 488\(6\), Art\. 130, Art\. 294\(1\), Art\. 999\(1\) \(penalty unknown: not in the law data\)/,
    );
    assert.doesNotMatch(text, /no imprisonment/);
  });

  test('a case of a jurisdiction the law data lacks imports with a warning; its measure kinds are not judged', async () => {
    const session = openSession(getStore(), EDITOR);
    const report = await importBundle(
      { session, law },
      records(
        bundle({
          cases: [{ id: 'case:ru', jurisdiction: 'ru', title: 'Case R' }],
          charges: [
            {
              ...charge('charge:ru', { article: '212', part: '2' }, 'case:ru'),
              article: { jurisdiction: 'ru', code: 'uk', article: '212', part: '2' },
            },
          ],
          measures: [
            {
              id: 'measure:ru',
              case: 'case:ru',
              person: 'person:p',
              kind: 'podpiska',
              steps: [{ kind: 'ordered', date: '2022-01-11' }],
            },
          ],
        }),
      ),
      { file: 'law.json' },
    );
    assert.equal(await getStore().reader.count('measure'), 1);
    assert.deepEqual(
      report.warnings
        .filter((w) => w.record === 'case:ru' || w.record === 'charge:ru')
        .map((w) => `${w.path}: ${w.message}`),
      [
        '$.cases[1].jurisdiction: no law data for jurisdiction "ru": its charges\' penalties, measures\' kinds, credit and limits are not known',
        '$.charges[5].article: ru UK 212(2): penalty unknown: not in the law data (no law data for jurisdiction "ru")',
      ],
    );
  });

  test('a flood of unknown articles keeps the first warnings in file order and says how many more there are', async () => {
    const session = openSession(getStore(), EDITOR);
    const many = Array.from({ length: MAX_IMPORT_ISSUES + 5 }, (_, i) =>
      charge(`charge:x${i}`, { article: String(900 + (i % 50)), part: '1' }),
    );
    const report = await importBundle({ session, law }, records({ ...bundle(), charges: many }), {
      file: 'law.json',
      batchSize: 7,
    });
    assert.equal(report.warnings.length, MAX_IMPORT_ISSUES + 1);
    assert.equal(report.warnings[0]?.path, '$.charges[0].article');
    assert.equal(report.warnings[MAX_IMPORT_ISSUES - 1]?.path, `$.charges[${MAX_IMPORT_ISSUES - 1}].article`);
    assert.equal(
      report.warnings[MAX_IMPORT_ISSUES]?.message,
      'and 5 more records under articles or jurisdictions the law data lacks',
    );
    assert.equal(await getStore().reader.count('charge'), MAX_IMPORT_ISSUES + 5);
  });
});
