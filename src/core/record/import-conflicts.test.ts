import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { before, test } from 'node:test';
import type { Actor } from '../actor.ts';
import { formatIssue, isDomainError } from '../errors.ts';
import type { LegalKnowledge } from '../law/legal-knowledge.ts';
import { readBundle } from '../../exchange/bundle-reader.ts';
import { loadLegalKnowledge } from '../../store/law-files.ts';
import { forEachStore } from '../../../test/support/stores.ts';
import { openSession } from '../access/session.ts';
import { getCaseFile } from '../case/case.service.ts';
import { presentCaseFile } from '../case/case.presenter.ts';
import { formatCaseFile } from '../../cli/format-case.ts';
import { importBundle } from './import.service.ts';

const EDITOR: Actor = { id: 'user:aigerim', roles: ['editor'] };
const name = (value: string) => ({ value, script: 'Latn', language: 'en', kind: 'native' });

/** A case whose measure was ordered after the verdict entered into force: sources that contradict each other. */
function contradicting(measureOrdered: string) {
  return {
    format: 'casewatch-bundle',
    formatVersion: 1,
    persons: [{ id: 'person:p', names: [name('Person P')] }],
    cases: [{ id: 'case:c', jurisdiction: 'kz', title: 'Case C' }],
    measures: [
      {
        id: 'measure:late',
        case: 'case:c',
        person: 'person:p',
        kind: 'custody',
        steps: [{ kind: 'ordered', date: measureOrdered }],
      },
    ],
    decisions: [
      {
        id: 'decision:verdict',
        case: 'case:c',
        kind: 'verdict',
        date: '2023-06-01',
        defendant: 'person:p',
        enteredIntoForce: '2023-07-01',
      },
    ],
  };
}

const records = (bundle: object, file = 'conflict.json') =>
  readBundle(Readable.from([Buffer.from(JSON.stringify(bundle))]), file);

let law: LegalKnowledge;
before(() => {
  law = loadLegalKnowledge('data/law');
});

forEachStore('dates that contradict across records', (getStore) => {
  test('import with a warning that names the record and its path; case show keeps showing it', async () => {
    const session = openSession(getStore(), EDITOR);
    const report = await importBundle({ session, law }, records(contradicting('2023-08-10')), {
      file: 'conflict.json',
    });
    assert.equal(report.created, 4);
    assert.deepEqual(
      report.warnings.map((w) => [w.code, w.recordKind, w.record, w.path]),
      [['date.conflict', 'measure', 'measure:late', '.steps[0].date']],
    );
    const [warning] = report.warnings;
    assert.ok(warning);
    assert.match(
      formatIssue(warning),
      /^conflict\.json measure "measure:late" \.steps\[0\]\.date: .*decision "decision:verdict"/,
    );

    const presented = presentCaseFile(await getCaseFile(session, 'case:c'), law);
    assert.deepEqual(
      presented.warnings.map((w) => [w.record, w.path, w.with.id]),
      [['measure:late', '.steps[0].date', 'decision:verdict']],
    );
    assert.match(
      formatCaseFile(presented),
      /Warnings.*\n {2}measure measure:late \.steps\[0\]\.date: its "ordered" step \(2023-08-10\) is after/,
    );
  });

  test('a dry run reports the same warning and writes nothing; dates that agree give none', async () => {
    const session = openSession(getStore(), EDITOR);
    const dry = await importBundle({ session, law }, records(contradicting('2023-08-10')), { dryRun: true });
    assert.equal(dry.warnings.length, 1);
    assert.equal(await getStore().reader.count('measure'), 0);
    const fine = await importBundle({ session, law }, records(contradicting('2023-05-10')));
    assert.deepEqual(fine.warnings, []);
  });

  test('a warning on a case outside the bundle is found when the bundle adds the record that contradicts it', async () => {
    const session = openSession(getStore(), EDITOR);
    const first = contradicting('2023-05-10');
    await importBundle({ session, law }, records(first));
    const more = {
      format: 'casewatch-bundle',
      formatVersion: 1,
      hearings: [
        {
          id: 'hearing:late',
          case: 'case:c',
          kind: 'trial_session',
          date: '2023-09-01',
          status: 'held',
        },
      ],
    };
    const report = await importBundle({ session, law }, records(more, 'more.json'), { file: 'more.json' });
    assert.deepEqual(
      report.warnings.map((w) => [w.record, w.path]),
      [['hearing:late', '.date']],
    );
  });
  test('cases whose dates were let go to keep memory bounded are read back, with the same warnings in the same order', async () => {
    // Three cases in one bundle: c1 and c3 contradict themselves, c2 does not.
    const one = (n: number, ordered: string) => {
      const b = contradicting(ordered);
      const id = (s: string) => `${s}${n}`;
      return {
        persons: [{ ...b.persons[0]!, id: id('person:p') }],
        cases: [{ ...b.cases[0]!, id: id('case:c') }],
        measures: [{ ...b.measures[0]!, id: id('measure:m'), case: id('case:c'), person: id('person:p') }],
        decisions: [
          { ...b.decisions[0]!, id: id('decision:v'), case: id('case:c'), defendant: id('person:p') },
        ],
      };
    };
    const parts = [one(3, '2023-08-10'), one(1, '2023-08-11'), one(2, '2023-05-10')];
    const bundle = {
      format: 'casewatch-bundle',
      formatVersion: 1,
      ...Object.fromEntries(
        (['persons', 'cases', 'measures', 'decisions'] as const).map((k) => [
          k,
          parts.flatMap((p): unknown[] => p[k]),
        ]),
      ),
    };
    const expected = [
      ['measure:m1', '.steps[0].date'],
      ['measure:m3', '.steps[0].date'],
    ];
    for (const keepDatesBytes of [undefined, 400]) {
      const session = openSession(getStore(), EDITOR);
      const report = await importBundle({ session, law }, records(bundle), {
        dryRun: true,
        ...(keepDatesBytes !== undefined ? { keepDatesBytes } : {}),
      });
      assert.deepEqual(
        report.warnings.map((w) => [w.record, w.path]),
        expected,
        `keeping at most ${keepDatesBytes ?? 'the default number of'} bytes of dates`,
      );
    }
  });

  test('a structural error still refuses the whole import, and names the record by its id', async () => {
    const session = openSession(getStore(), EDITOR);
    const bundle = contradicting('2023-08-10');
    (bundle.decisions[0] as { date: unknown }).date = 20230601;
    let caught: unknown;
    await importBundle({ session, law }, records(bundle), { file: 'bad.json' }).catch(
      (e: unknown) => (caught = e),
    );
    assert.ok(isDomainError(caught, 'import.invalid_record'));
    assert.match(caught.message, /\$\.decisions\[0\]\.date \(decision "decision:verdict"\)/);
    assert.equal(await getStore().reader.count('case'), 0);
  });

  test('a reference to nothing refuses the import, naming the record it is in by id as well as by path', async () => {
    const session = openSession(getStore(), EDITOR);
    const bundle = contradicting('2023-05-10');
    bundle.measures[0]!.person = 'person:nobody';
    let caught: unknown;
    await importBundle({ session, law }, records(bundle), { file: 'bad.json', parkWaitingAt: 1 }).catch(
      (e: unknown) => (caught = e),
    );
    assert.ok(isDomainError(caught, 'import.invalid_record'));
    assert.equal(
      caught.message,
      'bad.json $.measures[0].person (measure "measure:late"): "person:nobody" refers to no person in the bundle or the database',
    );
    assert.deepEqual(
      caught.issues.map((i) => [i.record, i.recordKind]),
      [['measure:late', 'measure']],
    );
  });
});
