// Disputed values through the edges: imported in a bundle, shown by the facts and `case show`, kept on export.
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { before, test } from 'node:test';
import { openSession } from '../src/core/access/session.ts';
import { SYSTEM_ACTOR, type Actor } from '../src/core/actor.ts';
import { presentCaseFacts } from '../src/core/case/case-facts.presenter.ts';
import { caseFacts } from '../src/core/case/case-facts.service.ts';
import { presentCaseFile } from '../src/core/case/case.presenter.ts';
import { getCaseFile } from '../src/core/case/case.service.ts';
import { isDomainError } from '../src/core/errors.ts';
import type { LegalKnowledge } from '../src/core/law/legal-knowledge.ts';
import type { RecordReader, Store } from '../src/core/ports.ts';
import { importBundle } from '../src/core/record/import.service.ts';
import { readBundle } from '../src/exchange/bundle-reader.ts';
import { writeBundle } from '../src/exchange/bundle-writer.ts';
import { formatCaseFile } from '../src/cli/format-case.ts';
import { formatCaseFacts } from '../src/cli/format-facts.ts';
import { loadLegalKnowledge } from '../src/store/law-files.ts';
import { openSqliteStore } from '../src/store/sqlite.ts';
import { forEachStore, steppingClock } from './support/stores.ts';

const EDITOR: Actor = { id: 'user:aigerim', roles: ['editor'] };
const name = (value: string) => ({ value, script: 'Latn', language: 'en', kind: 'native' });

/** A bundle of one case whose arrest date and fine two sources give differently. */
function bundle(formatVersion = 1) {
  return {
    format: 'casewatch-bundle',
    formatVersion,
    sources: [
      { id: 'source:court', kind: 'document', title: 'Verdict' },
      { id: 'source:family', kind: 'testimony', title: 'Account of the family' },
    ],
    persons: [{ id: 'person:p', names: [name('Person P')] }],
    cases: [
      {
        id: 'case:c',
        jurisdiction: 'kz',
        title: 'Case C',
        participants: [{ person: 'person:p', role: 'defendant' }],
      },
    ],
    measures: [
      {
        id: 'measure:m',
        case: 'case:c',
        person: 'person:p',
        kind: 'custody',
        steps: [
          { kind: 'ordered', date: '2022-01-06', sources: [{ source: 'source:court' }] },
          { kind: 'ended', date: '2022-09-06' },
        ],
        disputes: [
          {
            path: 'steps/0/date',
            accounts: [
              {
                value: '2022-01-03',
                sources: [{ source: 'source:family' }],
                note: 'held three days unrecorded',
              },
            ],
          },
        ],
      },
    ],
    decisions: [
      {
        id: 'decision:v',
        case: 'case:c',
        kind: 'verdict',
        date: '2022-09-06',
        enteredIntoForce: '2022-09-20',
        defendant: 'person:p',
        sentence: [{ type: 'fine', isPrincipal: true, amount: { value: 500, unit: 'mci' } }],
        disputes: [
          {
            path: 'sentence/0/amount/value',
            accounts: [{ value: 1000, sources: [{ source: 'source:family' }] }],
          },
        ],
      },
    ],
  };
}

const fromBundle = (b: object) => readBundle(Readable.from([JSON.stringify(b)]), 'disputes.json');

async function exportText(reader: RecordReader): Promise<string> {
  let text = '';
  await writeBundle(reader, (chunk) => Promise.resolve(void (text += chunk)), {
    exportedAt: '2024-05-01T12:00:00.000Z',
  });
  return text;
}

let law: LegalKnowledge;
before(() => {
  law = loadLegalKnowledge('data/law');
});

forEachStore('disputed values', (getStore) => {
  const importInto = (store: Store, records: ReturnType<typeof readBundle>) =>
    importBundle({ session: openSession(store, EDITOR), law }, records, { file: 'disputes.json' });

  test('a bundle with disputed values imports; the facts span the accounts and case show lists them', async () => {
    await importInto(getStore(), fromBundle(bundle()));
    const session = openSession(getStore(), EDITOR);
    const facts = await caseFacts({ session, law, clock: steppingClock() }, 'case:c', '2023-01-01');
    const json = presentCaseFacts(facts);
    assert.equal(json.disputed?.disputes.length, 2);
    const days = json.disputed?.figures.find((f) => f.figure === 'deprivedOfLiberty');
    assert.deepEqual(days?.span, { min: 243, max: 246 });
    assert.deepEqual(days?.by, [{ kind: 'measure', record: 'measure:m', path: 'steps/0/date' }]);
    assert.match(
      formatCaseFacts(facts),
      /measure:m steps\/0\/date: recorded 6 January 2022; other accounts: 3 January 2022 \[source:family\] \(held three days unrecorded\)/,
    );

    const shown = formatCaseFile(presentCaseFile(await getCaseFile(session, 'case:c'), law));
    assert.match(shown, /Disputed values:/);
    assert.match(
      shown,
      /decision:v sentence\/0\/amount\/value: recorded 500; other accounts: 1000 \[source:family\]/,
    );
    assert.match(shown, /ordered \(disputed: date\)/);
  });

  test('a dispute on a value the record does not hold refuses the import, naming the record and the path', async () => {
    const b = bundle();
    b.measures[0]!.disputes[0]!.path = 'steps/5/date';
    let caught: unknown;
    await importInto(getStore(), fromBundle(b)).catch((e: unknown) => (caught = e));
    assert.ok(isDomainError(caught, 'import.invalid_record'), String(caught));
    assert.equal(caught.issues[0]?.path, '$.measures[0].disputes[0].path');
    assert.match(
      caught.issues[0]?.message ?? '',
      /measure "measure:m".*"steps\/5\/date" is not in the record/,
    );
    assert.equal(await getStore().reader.count('case'), 0, 'nothing is written');
  });

  test('what another account cites or names must exist, as what the recorded value names must', async () => {
    const b = bundle();
    b.measures[0]!.disputes[0]!.accounts[0]!.sources = [{ source: 'source:nowhere' }];
    const court = { path: 'court', accounts: [{ value: 'org:nowhere', sources: [] }] };
    Object.assign(b.decisions[0]!, { court: 'org:court' });
    b.decisions[0]!.disputes.push(court as never);
    Object.assign(b, { organisations: [{ id: 'org:court', kind: 'court', names: [name('Court')] }] });
    let caught: unknown;
    await importInto(getStore(), fromBundle(b)).catch((e: unknown) => (caught = e));
    assert.ok(isDomainError(caught), String(caught));
    const dangling = caught.issues.filter((i) => i.code === 'reference.dangling').map((i) => i.path);
    assert.deepEqual(dangling.sort(), [
      '$.decisions[0].disputes[1].accounts[0].value',
      '$.measures[0].disputes[0].accounts[0].sources[0].source',
    ]);
    assert.equal(await getStore().reader.count('case'), 0, 'nothing is written');
  });

  test('disputes survive export and import: the second export is the same bytes', async () => {
    await importInto(getStore(), fromBundle(bundle()));
    const first = await exportText(getStore().reader);
    const parsed = JSON.parse(first) as { decisions: { disputes?: unknown[] }[] };
    assert.equal(parsed.decisions[0]?.disputes?.length, 1);
    const fresh = await openSqliteStore({ file: ':memory:' });
    try {
      await importBundle(
        { session: openSession(fresh, SYSTEM_ACTOR), law },
        readBundle(Readable.from([first]), 'x.json'),
      );
      assert.equal(await exportText(fresh.reader), first);
      const file = await getCaseFile(openSession(fresh, SYSTEM_ACTOR), 'case:c');
      assert.deepEqual(file.measures[0]?.disputes, bundle().measures[0]?.disputes);
    } finally {
      await fresh.close();
    }
  });
});
