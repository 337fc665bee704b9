import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { before, test } from 'node:test';
import type { Actor } from '../actor.ts';
import { isDomainError } from '../errors.ts';
import type { LegalKnowledge } from '../law/legal-knowledge.ts';
import { readBundle } from '../../exchange/bundle-reader.ts';
import { loadLegalKnowledge } from '../../store/law-files.ts';
import { forEachStore } from '../../../test/support/stores.ts';
import { openSession } from '../access/session.ts';
import { importBundle } from './import.service.ts';
import { RECORD_KIND_ORDER } from './record-kinds.ts';

const EDITOR: Actor = { id: 'user:aigerim', roles: ['editor'] };

/** A case with one verdict whose sentence is given. */
function bundle(sentence: object[], money: object[] = []) {
  return {
    format: 'casewatch-bundle',
    formatVersion: 1,
    persons: [{ id: 'person:p', names: [{ value: 'P', script: 'Latn', language: 'en', kind: 'native' }] }],
    cases: [{ id: 'case:c', jurisdiction: 'kz', title: 'Case C' }],
    decisions: [
      {
        id: 'decision:v',
        case: 'case:c',
        kind: 'verdict',
        date: '2023-05-10',
        defendant: 'person:p',
        sentence,
        ...(money.length > 0 ? { money } : {}),
      },
    ],
  };
}

const records = (b: object) => readBundle(Readable.from([Buffer.from(JSON.stringify(b, null, 2))]), 'v.json');

let law: LegalKnowledge;
before(() => {
  law = loadLegalKnowledge('data/law');
});

forEachStore('importing a sentence', (getStore) => {
  const total = async () => {
    let n = 0;
    for (const kind of RECORD_KIND_ORDER) n += await getStore().reader.count(kind);
    return n;
  };

  test('an unknown regime and a fine in hours are refused, naming their places, and nothing is written', async () => {
    const bad = bundle([
      { type: 'imprisonment', term: { years: 7 }, regime: 'general', isPrincipal: true },
      { type: 'fine', amount: { value: 100, unit: 'hours' } },
    ]);
    let caught: unknown;
    await importBundle({ session: openSession(getStore(), EDITOR), law }, records(bad), {
      file: 'v.json',
    }).catch((error: unknown) => (caught = error));
    assert.ok(isDomainError(caught), `expected a DomainError, got ${String(caught)}`);
    assert.deepEqual(
      caught.issues.map((i) => [i.path, i.record, i.file]),
      [
        ['$.decisions[0].sentence[0].regime', 'decision:v', 'v.json'],
        ['$.decisions[0].sentence[1].amount.unit', 'decision:v', 'v.json'],
      ],
    );
    assert.match(caught.message, /unknown regime "general" for jurisdiction kz/);
    assert.equal(await total(), 0);
  });

  test('a valid sentence with a fine in MCI and damages in tenge is imported as given', async () => {
    const good = bundle(
      [
        { type: 'imprisonment', term: { years: 7 }, regime: 'medium', isPrincipal: true },
        { type: 'fine', amount: { value: 100, unit: 'mci' } },
      ],
      [{ kind: 'damages', amount: { value: 250_000, unit: 'KZT' } }],
    );
    const report = await importBundle({ session: openSession(getStore(), EDITOR), law }, records(good));
    assert.equal(report.counts.decision, 1);
    const stored = await getStore().reader.get('decision', 'decision:v');
    assert.deepEqual(stored?.data.money, [{ kind: 'damages', amount: { value: 250_000, unit: 'KZT' } }]);
  });

  test("a decision on a case already in the database is checked against that case's jurisdiction", async () => {
    const session = () => ({ session: openSession(getStore(), EDITOR), law });
    await importBundle(session(), records({ ...bundle([]), decisions: [] }));
    const before = await total();
    const later = {
      format: 'casewatch-bundle',
      formatVersion: 1,
      decisions: bundle([{ type: 'exile' }]).decisions,
    };
    let caught: unknown;
    await importBundle(session(), records(later), { batchSize: 1 }).catch(
      (error: unknown) => (caught = error),
    );
    assert.ok(isDomainError(caught), `expected a DomainError, got ${String(caught)}`);
    assert.equal(caught.issues[0]?.path, '$.decisions[0].sentence[0].type');
    assert.match(caught.message, /unknown sentence type "exile" for jurisdiction kz/);
    assert.equal(await total(), before);
  });
});
